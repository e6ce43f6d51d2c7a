package org.fenjie.model;

/** A term explained in a document's notes (附注), e.g. 四帮四扶, with the document it came from. */
public record GlossaryEntry(String term, String explanation, String region, String source) {}
