package org.fenjie.ingest.layout;

import java.util.List;

/** One numbered item of an inline list, before the document header turns it into a row. */
record InlineItem(List<String> section, String seq, String task, ResponsibilityBracket bracket, int line) {

  /** The row's local id: heading numbers and item number, "1-2-5". */
  String localKey() {
    return section.isEmpty() ? seq : HeadingNumbers.path(section) + "-" + seq;
  }
}
