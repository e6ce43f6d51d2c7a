package org.fenjie.ingest;

/** Removes the markdown emphasis (**bold**) that PDF-to-text conversion leaves in report text. */
final class Markdown {
  private Markdown() {}

  static String strip(String s) {
    return s.replace("**", "");
  }
}
