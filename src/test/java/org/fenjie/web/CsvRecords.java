package org.fenjie.web;

/** Counts CSV records (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
final class CsvRecords {
  private CsvRecords() {}

  static int count(String csv) {
    int records = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records++;
        content = false;
        continue;
      } else if (c == '\r' || c == '\uFEFF') {
        continue;
      }
      content = true;
    }
    return content ? records + 1 : records;
  }
}
