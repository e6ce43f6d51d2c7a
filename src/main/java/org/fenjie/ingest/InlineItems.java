package org.fenjie.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered items of an inline list ("1. 任务……（牵头单位：…；配合单位：…）") under their
 * headings. An item runs from its number to its responsibility bracket, across line and page
 * breaks; numbered paragraphs under a heading that has no bracketed item at all (a closing
 * "工作要求" part) are not tasks.
 */
final class InlineItems {

  static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、.*");
  static final Pattern SUB_SECTION = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]+\\s*[)）].*");
  static final Pattern ITEM = Pattern.compile("^(?:(\\d{1,3})\\s*[.．、]|[（(](\\d{1,3})[)）])\\s*(.+)$");

  private final List<InlineItem> items = new ArrayList<>();
  private String part;
  private String sub;
  private int block;

  private String seq;
  private StringBuilder text;
  private int line;

  private InlineItems() {}

  /** All items of {@code text}, bracketed or not, with the heading path each sits under. */
  static List<InlineItem> of(SourceText text) {
    InlineItems walk = new InlineItems();
    for (Paragraph p : ProseParagraphs.byBlankLines(text)) {
      walk.accept(p);
    }
    walk.close();
    return List.copyOf(walk.items);
  }

  private void accept(Paragraph p) {
    String t = p.text().strip();
    Matcher item = ITEM.matcher(t);
    if (item.matches()) {
      close();
      seq = item.group(1) != null ? item.group(1) : item.group(2);
      text = new StringBuilder(item.group(3));
      line = p.line();
    } else if (PART.matcher(t).matches()) {
      close();
      part = t;
      sub = null;
      block++;
    } else if (SUB_SECTION.matcher(t).matches()) {
      close();
      sub = t;
      block++;
    } else if (text != null && ResponsibilityBracket.find(text.toString()).isEmpty()) {
      // a page break cut the item before its bracket closed
      text.append(t);
    } else {
      close();
    }
  }

  private void close() {
    if (text == null) {
      return;
    }
    String full = text.toString();
    Optional<ResponsibilityBracket> bracket = ResponsibilityBracket.find(full);
    String task = bracket.map(b -> full.substring(0, b.start())).orElse(full).strip();
    items.add(new InlineItem(section(), block, seq, task, bracket.orElse(null), line));
    text = null;
  }

  private List<String> section() {
    List<String> s = new ArrayList<>();
    if (part != null) {
      s.add(part);
    }
    if (sub != null) {
      s.add(sub);
    }
    return s;
  }
}
