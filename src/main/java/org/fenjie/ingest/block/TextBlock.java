package org.fenjie.ingest.block;

/** One paragraph (or, for plain text, one line) outside any table, as printed. */
public record TextBlock(String text, Location at) implements Block {}
