package org.fenjie.ingest.read;

/**
 * What a reader accepts before it refuses a file as too big to be a breakdown document. An upload is
 * untrusted: a 16 MB .docx can inflate to gigabytes (a zip bomb) and a PDF can claim a hundred thousand
 * pages. A real county table is a few hundred KB expanded and a few dozen pages. Documented in docs/ingest.md.
 */
public final class ReadLimits {
  /** The whole file, as read from disk or an upload (the text reader has the same cap). */
  public static final long MAX_FILE_BYTES = 16L << 20;
  /** The sum of a .docx's entries once inflated. */
  public static final long MAX_ZIP_EXPANDED_BYTES = 64L << 20;
  /** The number of entries of a .docx. */
  public static final int MAX_ZIP_ENTRIES = 2_000;
  /** The pages of a PDF. */
  public static final int MAX_PDF_PAGES = 500;

  private ReadLimits() {}
}
