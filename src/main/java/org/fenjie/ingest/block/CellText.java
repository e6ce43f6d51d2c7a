package org.fenjie.ingest.block;

import java.util.regex.Pattern;

/**
 * Cleanup shared by every layout for text taken out of a PDF extraction: markdown emphasis,
 * non-breaking and ideographic spaces, padding inside names. Never changes bracket width or
 * wording: the printed form is kept, canonical forms are {@link org.fenjie.model.CanonicalNames}'s job.
 */
public final class CellText {
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200B\\u3000\\t\\r\\n]");
  private static final Pattern RUNS = Pattern.compile(" {2,}");

  private CellText() {}

  /** Task or paragraph text: ** removed, every kind of space made one ASCII space, trimmed. */
  public static String clean(String s) {
    String t = ODD_SPACES.matcher(s.replace("**", "")).replaceAll(" ");
    return RUNS.matcher(t).replaceAll(" ").strip();
  }

  /** A person's or unit's name: {@link #clean} then every space removed ("周  全" → "周全"). */
  public static String name(String s) {
    return clean(s).replace(" ", "");
  }

  /**
   * Headings and titles: spaces that PDF extraction put next to Chinese characters are removed
   * ("关于 2026 年 《政府" → "关于2026年《政府"), spaces between two Latin words or numbers stay.
   */
  public static String joinCjk(String s) {
    String t = clean(s);
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' && i > 0 && i + 1 < t.length() && (isWide(t.charAt(i - 1)) || isWide(t.charAt(i + 1)))) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Joins two pieces of one cell split over lines: no space between Chinese text, one space otherwise. */
  public static String joinLines(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    boolean wide = isWide(a.charAt(a.length() - 1)) || isWide(b.charAt(0));
    return wide ? a + b : a + " " + b;
  }

  /** A Chinese character or full-width punctuation (CJK symbols, full-width forms, curly quotes). */
  public static boolean isWide(char c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
  }

  /** True when the text is all Chinese characters (no digits, Latin, punctuation or spaces). */
  public static boolean isHan(String s) {
    if (s.isEmpty()) {
      return false;
    }
    return s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
