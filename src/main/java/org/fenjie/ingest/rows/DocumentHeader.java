package org.fenjie.ingest.rows;

/**
 * What a document says about itself in its header: issuing region, document number, title,
 * date (ISO yyyy-MM-dd) and the year its tasks are for. {@code docNo}, {@code docTitle} and
 * {@code docDate} are null when the document does not print them; region and year never are.
 */
public record DocumentHeader(String region, String docNo, String docTitle, String docDate, int year) {}
