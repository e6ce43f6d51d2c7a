package org.fenjie.ingest.layout;

/** One paragraph of running text with the 1-based line it starts on; its text has no line breaks. */
record Paragraph(String text, int line) {

  Paragraph joinedWith(Paragraph next) {
    return new Paragraph(text + next.text, line);
  }
}
