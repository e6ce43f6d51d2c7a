package org.fenjie.model;

/**
 * Maps a printed unit or leader name to the canonical form used for faceting and filtering. The
 * printed form is always kept in the row; this only decides which facet value it counts under.
 */
public interface CanonicalNames {

  String unit(String region, String printed);

  String leader(String region, String printed);

  /** Whitespace removed and bracket width normalised only; no aliases. */
  static CanonicalNames basic() {
    return new CanonicalNames() {
      @Override
      public String unit(String region, String printed) {
        return normalise(printed);
      }

      @Override
      public String leader(String region, String printed) {
        return normalise(printed);
      }
    };
  }

  /** Removes all whitespace and turns ASCII parentheses into full-width ones, as official text prints them. */
  static String normalise(String s) {
    return s.replaceAll("[\\s\\u3000]+", "").replace('(', '（').replace(')', '）');
  }
}
