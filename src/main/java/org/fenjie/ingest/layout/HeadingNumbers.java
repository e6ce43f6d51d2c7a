package org.fenjie.ingest.layout;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the numbers printed in front of headings ("二、", "（十一）") into digits, so a row id can say
 * where the row sits ("2-1-3": part 二, sub-section （一）, item 3) and stay stable across runs.
 */
final class HeadingNumbers {

  private static final Pattern LEADING = Pattern.compile("^[（(]?\\s*([一二三四五六七八九十]+)");
  private static final String DIGITS = "一二三四五六七八九";

  private HeadingNumbers() {}

  /** "2-1" for ["二、…", "（一）…"]; a heading without a number counts as 0. */
  static String path(List<String> headings) {
    StringBuilder out = new StringBuilder();
    for (String h : headings) {
      if (!out.isEmpty()) {
        out.append('-');
      }
      out.append(of(h));
    }
    return out.toString();
  }

  /** The value of the Chinese numeral a heading starts with (一 … 九十九), or 0. */
  static int of(String heading) {
    Matcher m = LEADING.matcher(heading.strip());
    if (!m.find()) {
      return 0;
    }
    String n = m.group(1);
    int ten = n.indexOf('十');
    if (ten < 0) {
      return n.length() == 1 ? DIGITS.indexOf(n.charAt(0)) + 1 : 0;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(0)) + 1;
    int units = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1)) + 1;
    return tens * 10 + units;
  }
}
