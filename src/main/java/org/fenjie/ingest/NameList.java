package org.fenjie.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed list of names ("自然资源局、住建局", "县财政局，各乡镇（街道）") into clean names:
 * separators inside brackets do not split, and whitespace left by line breaks inside a Chinese
 * name is removed ("陈 铭" → "陈铭").
 */
final class NameList {
  private static final String SEPARATORS = "、，,；;";

  private NameList() {}

  static List<String> split(String printed) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : printed.toCharArray()) {
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
      if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
        add(out, current);
      } else {
        current.append(c);
      }
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder current) {
    String name = clean(current.toString());
    if (!name.isEmpty()) {
      out.add(name);
    }
    current.setLength(0);
  }

  /** Trims, drops a closing full stop, and removes spaces that sit between two Chinese characters. */
  static String clean(String s) {
    String t = s.strip().replaceAll("[。.]+$", "").strip();
    return t.replaceAll("(?<=[\\p{IsHan}（）()])[\\s\\u3000]+(?=[\\p{IsHan}（）()])", "");
  }
}
