package org.fenjie.ingest.names;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when two different names look like one entity written two ways: a unit with a different
 * institutional suffix (卫健局 / 卫健委), with words inserted (高教中心 / 高教发展中心) or with an
 * organ appended (经济开发区 / 经济开发区管委会); a person's name off by one character (林永红 / 林永洪).
 * It only suggests; people decide, through the alias file.
 */
final class NameSimilarity {

  /** Last characters that name the kind of body rather than the body itself. */
  private static final String SUFFIX_CHARS = "局委办处部所站会室队院馆司组";
  /** Endings that turn a place or body into its administering organ or office. */
  private static final List<String> ORGANS = List.of("人民政府", "政府", "办事处", "管委会", "管理委员会", "办公室", "分指挥部",
      "指挥部", "公司", "集团", "中心", "办");
  /** "财政局（国资办）": an office named in brackets after the body that hosts it. */
  private static final Pattern HOSTED = Pattern.compile("^(.+?)[（(][^（()）]+[)）]$");

  private NameSimilarity() {}

  /** Why two canonical unit names look alike, or null when they do not. */
  static String units(String a, String b) {
    if (a.equals(b)) {
      return null;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (host(a).equals(host(b)) || host(longer).equals(shorter)) {
      return "differs by a bracketed note";
    }
    if (core(longer).equals(shorter) || core(longer).equals(core(shorter)) && shorter.length() >= 3) {
      return "same body with or without its organ";
    }
    if (longer.endsWith(shorter) && shorter.length() >= 3
        && longer.substring(0, longer.length() - shorter.length()).matches(".*[省市县区].*")) {
      return "one adds a place";
    }
    if (a.length() == b.length() && a.length() >= 3 && a.regionMatches(0, b, 0, a.length() - 1)
        && SUFFIX_CHARS.indexOf(a.charAt(a.length() - 1)) >= 0 && SUFFIX_CHARS.indexOf(b.charAt(b.length() - 1)) >= 0) {
      return "same stem, suffix " + a.charAt(a.length() - 1) + "/" + b.charAt(b.length() - 1);
    }
    if (shorter.length() >= 4 && longer.startsWith(shorter)) {
      return "one is the start of the other";
    }
    boolean inserts = insertsWords(shorter, longer) || insertsWords(core(shorter), longer)
        || insertsWords(core(shorter), core(longer));
    return inserts ? "one inserts words" : null;
  }

  /** "高教中心" in "高教发展中心": same start and end, a few characters added in between. */
  private static boolean insertsWords(String s, String l) {
    return s.length() >= 4 && l.length() > s.length() && l.length() - s.length() <= 4 && isSubsequence(s, l)
        && s.regionMatches(0, l, 0, 2) && s.charAt(s.length() - 1) == l.charAt(l.length() - 1);
  }

  /** The body without a bracketed office: "财政局（国资办）" → "财政局". */
  private static String host(String unit) {
    Matcher m = HOSTED.matcher(unit);
    return m.matches() ? m.group(1) : unit;
  }

  /** The body without its organ ending: "陈埭镇人民政府" → "陈埭镇", "城西片区指挥部办公室" → "城西片区指挥部". */
  private static String core(String unit) {
    for (String organ : ORGANS) {
      if (unit.endsWith(organ) && unit.length() - organ.length() >= 2) {
        return unit.substring(0, unit.length() - organ.length());
      }
    }
    return unit;
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
