package org.fenjie.ingest;

import java.util.List;

/**
 * Decides when two different names look like one entity written two ways: a unit with a different
 * institutional suffix (卫健局 / 卫健委), with words inserted (高教中心 / 高教发展中心) or with an
 * organ appended (经济开发区 / 经济开发区管委会); a person's name off by one character (林永红 / 林永洪).
 * It only suggests; people decide.
 */
final class NameSimilarity {

  /** Last characters that name the kind of body rather than the body itself. */
  private static final String SUFFIX_CHARS = "局委办处部所站会室队院馆司组";
  /** Endings that turn a place or body into its administering organ. */
  private static final List<String> ORGANS =
      List.of("人民政府", "政府", "办事处", "管委会", "管理委员会", "办公室", "指挥部", "分指挥部", "公司", "集团", "中心");

  private NameSimilarity() {}

  /** Why two canonical unit names look alike, or null when they do not. */
  static String units(String a, String b) {
    if (a.equals(b)) {
      return null;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.startsWith(shorter) && shorter.length() >= 3 && ORGANS.contains(longer.substring(shorter.length()))) {
      return "one adds " + longer.substring(shorter.length());
    }
    if (a.length() == b.length() && a.length() >= 3 && a.regionMatches(0, b, 0, a.length() - 1)
        && SUFFIX_CHARS.indexOf(a.charAt(a.length() - 1)) >= 0 && SUFFIX_CHARS.indexOf(b.charAt(b.length() - 1)) >= 0) {
      return "same stem, suffix " + a.charAt(a.length() - 1) + "/" + b.charAt(b.length() - 1);
    }
    if (shorter.length() >= 4 && longer.length() - shorter.length() <= 4 && isSubsequence(shorter, longer)
        && shorter.regionMatches(0, longer, 0, 2) && shorter.charAt(shorter.length() - 1) == longer.charAt(longer.length() - 1)) {
      return "one inserts words";
    }
    return null;
  }

  /** True when two person names of the same length differ in exactly one character. */
  static boolean leaders(String a, String b) {
    if (a.equals(b) || a.length() != b.length() || a.length() < 2) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return diff == 1;
  }

  private static boolean isSubsequence(String shorter, String longer) {
    int i = 0;
    for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
      if (shorter.charAt(i) == longer.charAt(j)) {
        i++;
      }
    }
    return i == shorter.length();
  }
}
