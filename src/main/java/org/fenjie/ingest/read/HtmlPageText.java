package org.fenjie.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an element as lines a person sees: block elements and &lt;br&gt; end a line, runs of
 * whitespace (&amp;nbsp; padding included) become one space, blank lines are dropped. Tables picked out by
 * {@code isData} are handed to {@code onTable} in place instead of being flattened.
 */
final class HtmlPageText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption", "section", "article",
      "blockquote", "pre", "center", "address", "hr", "br", "form", "main", "figure", "figcaption");

  private final Predicate<Element> isData;
  private final Consumer<String> onLine;
  private final Consumer<Element> onTable;
  private final StringBuilder line = new StringBuilder();

  private HtmlPageText(Predicate<Element> isData, Consumer<String> onLine, Consumer<Element> onTable) {
    this.isData = isData;
    this.onLine = onLine;
    this.onTable = onTable;
  }

  /** Walks {@code root} in document order, calling back per line of text and per data table. */
  static void walk(Element root, Predicate<Element> isData, Consumer<String> onLine, Consumer<Element> onTable) {
    HtmlPageText w = new HtmlPageText(isData, onLine, onTable);
    w.visit(root);
    w.flush();
  }

  /** The lines of one element (a table cell), joined with '\n'. */
  static String cellText(Element cell) {
    List<String> lines = new ArrayList<>();
    walk(cell, e -> false, lines::add, e -> {});
    return String.join("\n", lines);
  }

  private void visit(Node node) {
    if (node instanceof TextNode t) {
      line.append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    if (e.nameIs("table") && isData.test(e)) {
      flush();
      onTable.accept(e);
      return;
    }
    boolean block = BLOCKS.contains(e.normalName());
    if (block) {
      flush();
    }
    for (Node child : e.childNodes()) {
      visit(child);
    }
    if (block) {
      flush();
    }
  }

  private void flush() {
    String s = normalise(line);
    line.setLength(0);
    if (!s.isEmpty()) {
      onLine.accept(s);
    }
  }

  /** Whitespace of any kind (no-break spaces included) collapsed to one space, and the ends trimmed. */
  static String normalise(CharSequence raw) {
    return raw.toString().replaceAll("[\\s\\u00a0\\u2002\\u2003\\u200b\\ufeff]+", " ").strip();
  }
}
