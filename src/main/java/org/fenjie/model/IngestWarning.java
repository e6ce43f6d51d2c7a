package org.fenjie.model;

/** A row-level oddity found while parsing (a lost cell, a guessed pairing); the row is still emitted. */
public record IngestWarning(String source, int line, String rowId, String message) {}
