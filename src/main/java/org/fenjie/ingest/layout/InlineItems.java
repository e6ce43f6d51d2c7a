package org.fenjie.ingest.layout;

import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.SourceText;

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
  /** "— 3 —", "- 12 -": a page number between items, never text. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–\\s]*\\d{1,3}[-—–\\s]*$");
  static final Pattern ITEM = Pattern.compile("^(?:(\\d{1,3})\\s*[.．、](?!\\d)|[（(](\\d{1,3})[)）])\\s*(.+)$");

  private final List<InlineItem> items = new ArrayList<>();
  private String part;
  private String sub;

  private boolean headingOpen;

  private String seq;
  private StringBuilder text;
  private int line;

  private InlineItems() {}

  /** All items of {@code text}, bracketed or not, with the heading path each sits under. */
  static List<InlineItem> of(SourceText text) {
    InlineItems walk = new InlineItems();
    for (int n = 1; n <= text.lines().size(); n++) {
      walk.accept(CellText.clean(text.line(n)), n);
    }
    walk.close();
    return List.copyOf(walk.items);
  }

  /**
   * One line. An item or heading starts on its own line, with or without a blank line before it;
   * other lines continue an item whose bracket has not closed yet (a line or page break) or a
   * heading not yet ended by a blank line, and are otherwise body text that is not a task.
   */
  private void accept(String t, int n) {
    Matcher item = ITEM.matcher(t);
    if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
      headingOpen = false;
    } else if (item.matches()) {
      close();
      seq = item.group(1) != null ? item.group(1) : item.group(2);
      text = new StringBuilder(item.group(3));
      line = n;
    } else if (PART.matcher(t).matches()) {
      close();
      part = t;
      sub = null;
      headingOpen = true;
    } else if (SUB_SECTION.matcher(t).matches()) {
      close();
      sub = t;
      headingOpen = true;
    } else if (text != null && (ResponsibilityBracket.find(text.toString()).isEmpty() || goesOnWithLabels(t))) {
      text.append(t);
    } else if (headingOpen) {
      // a heading wrapped over two lines: "(一) 1 项…(每位副市长分管" + "领域至少 1 项)"
      if (sub != null) {
        sub = CellText.joinLines(sub, t);
      } else {
        part = CellText.joinLines(part, t);
      }
    } else {
      close();
    }
  }

  /** A line of labels after an item whose labels are not bracketed ("完成时限：…" on a line of its own). */
  private boolean goesOnWithLabels(String line) {
    String sofar = text.toString().strip();
    return ResponsibilityBracket.startsWithLabel(line) && !sofar.endsWith("）") && !sofar.endsWith(")");
  }

  private void close() {
    if (text == null) {
      return;
    }
    String full = text.toString();
    Optional<ResponsibilityBracket> bracket = ResponsibilityBracket.find(full);
    String task = bracket.map(b -> full.substring(0, b.start())).orElse(full).strip();
    items.add(new InlineItem(section(), seq, task, bracket.orElse(null), line));
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
