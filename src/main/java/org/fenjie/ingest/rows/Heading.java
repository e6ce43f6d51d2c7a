package org.fenjie.ingest.rows;

import org.fenjie.ingest.block.CellText;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section heading: level 1 "一、…", level 2 "(一) …" / "（一）…", or a plain category name
 * (number 0) from a 类别 column. The label is the printed heading with PDF spaces between
 * Chinese characters removed and, for ASCII brackets, one space after the marker.
 */
public record Heading(int level, int number, String label) {
  private static final String NUM = "[一二三四五六七八九十]{1,3}";
  private static final Pattern TOP = Pattern.compile("^(" + NUM + ")\\s*[、.．]\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern SUB = Pattern.compile("^[(（]\\s*(" + NUM + ")\\s*([)）])\\s*(\\S.*)$", Pattern.DOTALL);
  /** Longer than any heading in the seeds (the longest is ~40 characters); a task is usually longer. */
  private static final int MAX_HEADING = 60;

  /** The heading the whole cell is, if it is one (not a heading followed by task text). */
  public static Optional<Heading> of(String cell) {
    String c = CellText.clean(cell);
    if (c.length() > MAX_HEADING || c.endsWith("。") || c.endsWith("；") || c.endsWith(";")) {
      return Optional.empty();
    }
    Matcher t = TOP.matcher(c);
    if (t.matches()) {
      return Optional.of(new Heading(1, number(t.group(1)), t.group(1) + "、" + CellText.joinCjk(t.group(2))));
    }
    Matcher s = SUB.matcher(c);
    if (s.matches()) {
      return Optional.of(sub(s.group(1), s.group(2), s.group(3)));
    }
    return Optional.empty();
  }

  /** A plain category (类别 column) as a level-1 heading without a number. */
  public static Heading category(String cell) {
    return new Heading(1, 0, CellText.joinCjk(cell));
  }

  /**
   * A level-2 heading glued before task text in one cell ("(三) 强化城市精细化管理 常态化创建…。"):
   * the heading and the task. The split is after a label known from elsewhere in the document
   * if one matches, else at the first space after the heading's title.
   */
  public static Optional<Glued> glued(String cell, Collection<String> knownLabels) {
    String c = CellText.clean(cell);
    Matcher s = SUB.matcher(c);
    if (!s.matches() || of(c).isPresent()) {
      return Optional.empty();
    }
    for (String known : knownLabels) {
      int end = prefixEnd(c, known);
      if (end > 0 && end < c.length()) {
        Optional<Heading> h = of(c.substring(0, end));
        if (h.isPresent()) {
          return Optional.of(new Glued(h.get(), c.substring(end).strip()));
        }
      }
    }
    String rest = s.group(3);
    int space = rest.indexOf(' ');
    if (space <= 0) {
      return Optional.empty();
    }
    String title = rest.substring(0, space);
    String task = rest.substring(space + 1).strip();
    if (title.length() > 30 || task.isEmpty() || title.contains("。")) {
      return Optional.empty();
    }
    return Optional.of(new Glued(sub(s.group(1), s.group(2), title), task));
  }

  /** A heading and the task text that followed it in the same cell. */
  public record Glued(Heading heading, String task) {}

  /** This heading with more title text appended (a label split over several cells). */
  public Heading extendedBy(String more) {
    return new Heading(level, number, CellText.joinCjk(label + " " + more));
  }

  private static Heading sub(String num, String close, String title) {
    String marker = close.equals(")") ? "(" + num + ") " : "（" + num + "）";
    return new Heading(2, number(num), marker + CellText.joinCjk(title));
  }

  /** Where {@code label} ends in {@code text}, ignoring spaces in both; -1 if text does not start with it. */
  private static int prefixEnd(String text, String label) {
    String want = label.replace(" ", "").replace('（', '(').replace('）', ')');
    int i = 0;
    int j = 0;
    while (i < text.length() && j < want.length()) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      char n = c == '（' ? '(' : c == '）' ? ')' : c;
      if (n != want.charAt(j)) {
        return -1;
      }
      i++;
      j++;
    }
    return j == want.length() ? i : -1;
  }

  /** 一 → 1, 十二 → 12, 二十 → 20. */
  static int number(String chinese) {
    String digits = "零一二三四五六七八九";
    int ten = chinese.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(chinese.charAt(0));
    }
    int tens = ten == 0 ? 1 : digits.indexOf(chinese.charAt(0));
    int ones = ten == chinese.length() - 1 ? 0 : digits.indexOf(chinese.charAt(ten + 1));
    return tens * 10 + ones;
  }
}
