package org.fenjie.search;

/** A completion for the search box; {@code type} is "leader", "unit" or "phrase". */
public record Suggestion(String text, String type, long weight) {}
