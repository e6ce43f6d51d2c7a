package org.fenjie.ingest.block;

/** Where something was found in its source: page (PDF, from 1) and line (text, from 1); 0 when the format has none. */
public record Location(int page, int line) {
  public static final Location UNKNOWN = new Location(0, 0);

  public static Location page(int page) {
    return new Location(page, 0);
  }

  public static Location line(int line) {
    return new Location(0, line);
  }
}
