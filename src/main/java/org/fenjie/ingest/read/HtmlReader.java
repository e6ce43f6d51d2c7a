package org.fenjie.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fenjie.ingest.block.Block;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.DocumentReader;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.ingest.block.UnreadableDocumentException;
import org.fenjie.model.IngestWarning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page as a county website publishes it (jsoup): the article's text lines and its data tables
 * (rowspan/colspan resolved), the site's chrome — navigation, search box, breadcrumbs, share and print
 * links, footer, the 索引号 metadata block — left out. The metadata's 发布机构, 文号 and date are added as
 * lines when the article does not print them, so the header reader finds them as in any other format.
 */
final class HtmlReader implements DocumentReader {
  private static final Pattern MARKUP_START = Pattern.compile(
      "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|meta|title|body|table|div|p[\\s>])",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CHROME_TOKEN = Pattern.compile(
      "nav\\w*|menu\\w*|foot\\w*|bottom\\w*|header|head|top|topbar|banner|logo|search\\w*|breadcrumbs?|crumbs?"
          + "|position|location|dqwz|share\\w*|print\\w*|copyright|sidebar|side|related|xgwz|fenxiang|info|source|hits");
  private static final Pattern CHROME_TAG = Pattern.compile("script|style|noscript|template|nav|header|footer|aside"
      + "|form|iframe|select|button|input|textarea|object|embed|svg");
  private static final Pattern RESPONSIBILITY_LABEL = Pattern.compile("责任单位|牵头单位|配合单位|牵头市领导|牵头县领导|责任领导");
  private static final Pattern DOC_NO = Pattern.compile("[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号");
  private static final Pattern DATE_LINE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean recognises(byte[] head) {
    String s = HtmlCharset.of(head).decode(head);
    return MARKUP_START.matcher(s.stripLeading()).find();
  }

  @Override
  public DocumentBlocks read(String source, byte[] bytes) throws UnreadableDocumentException {
    HtmlCharset charset = HtmlCharset.of(bytes);
    Document page = Jsoup.parse(charset.decode(bytes));
    List<IngestWarning> warnings = new ArrayList<>();
    if (charset.guessed() != null) {
      warnings.add(new IngestWarning(source, null, null, null, null, charset.guessed()));
    }
    HtmlMetadata meta = HtmlMetadata.find(page);
    if (meta != null && !meta.block().text().contains("序号")) {
      meta.block().remove();
    }
    removeChrome(page.body());

    List<String> lines = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    HtmlPageText.walk(page.body(), HtmlReader::isDataTable, line -> {
      lines.add(line);
      blocks.add(new TextBlock(line, Location.UNKNOWN));
    }, table -> {
      TableBlock grid = grid(table);
      if (grid != null) {
        blocks.add(grid);
      }
    });
    if (blocks.stream().noneMatch(b -> b instanceof TableBlock)
        && lines.stream().noneMatch(l -> RESPONSIBILITY_LABEL.matcher(l).find())) {
      throw new UnreadableDocumentException(source, "an HTML page with no data table (and no 责任单位/牵头单位 items)"
          + (page.title().isBlank() ? "" : ": \"" + HtmlPageText.normalise(page.title()) + "\""));
    }
    if (meta != null) {
      addMissingHeader(blocks, lines, meta);
    }
    return new DocumentBlocks(source, format(), blocks, warnings);
  }

  /** Adds the metadata's 发布机构 and 文号 at the top and its date before the first table, when the body lacks them. */
  private static void addMissingHeader(List<Block> blocks, List<String> lines, HtmlMetadata meta) {
    String all = String.join("\n", lines);
    int firstTable = 0;
    while (firstTable < blocks.size() && !(blocks.get(firstTable) instanceof TableBlock)) {
      firstTable++;
    }
    if (meta.date() != null && lines.stream().noneMatch(l -> DATE_LINE.matcher(l).matches())) {
      blocks.add(firstTable, new TextBlock(meta.date(), Location.UNKNOWN));
    }
    if (meta.docNo() != null && !DOC_NO.matcher(all).find()) {
      blocks.add(0, new TextBlock(meta.docNo(), Location.UNKNOWN));
    }
    if (meta.publisher() != null && !all.contains("人民政府") && !all.contains("人民代表大会")) {
      blocks.add(0, new TextBlock(meta.publisher(), Location.UNKNOWN));
    }
  }

  /** Drops site chrome: by tag, and by class or id words sites use for it, unless it holds the data. */
  private static void removeChrome(Element body) {
    List<Element> chrome = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && isChrome(e) && !containsDataTable(e)) {
        chrome.add(e);
      }
    }
    chrome.forEach(Element::remove);
  }

  private static boolean isChrome(Element e) {
    if (CHROME_TAG.matcher(e.normalName()).matches()) {
      return true;
    }
    for (String token : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
      if (!token.isEmpty() && CHROME_TOKEN.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsDataTable(Element e) {
    return e.getElementsByTag("table").stream().anyMatch(HtmlReader::isDataTable);
  }

  /**
   * A table holding no other table (a layout table holds others), of at least two rows and three columns,
   * that is not the 索引号 metadata block.
   */
  static boolean isDataTable(Element table) {
    if (table.getElementsByTag("table").size() > 1 || table.text().contains("索引号")) {
      return false;
    }
    List<Element> rows = table.getElementsByTag("tr");
    return rows.size() >= 2 && rows.stream().anyMatch(r -> r.children().stream().filter(HtmlReader::isCell).count() >= 3);
  }

  private static boolean isCell(Element e) {
    return e.nameIs("td") || e.nameIs("th");
  }

  private static TableBlock grid(Element table) {
    List<Element> rows = table.getElementsByTag("tr");
    SpanGrid grid = new SpanGrid();
    for (int r = 0; r < rows.size(); r++) {
      grid.startRow(r, Location.UNKNOWN);
      int col = 0;
      for (Element cell : rows.get(r).children()) {
        if (!isCell(cell)) {
          continue;
        }
        int rowspan = span(cell.attr("rowspan"), rows.size() - r);
        int colspan = span(cell.attr("colspan"), SpanGrid.MAX_COLUMNS);
        col = grid.nextFree(r, col);
        col = grid.place(r, col, rowspan, colspan, HtmlPageText.cellText(cell), Location.UNKNOWN);
      }
    }
    return grid.table(Location.UNKNOWN);
  }

  /** A span attribute as browsers read it: leading digits, 1 when absent or bad, 0 (rowspan) = to the end. */
  private static int span(String attr, int max) {
    String digits = attr.strip().replaceFirst("^(\\d{1,4}).*", "$1");
    if (!digits.matches("\\d+")) {
      return 1;
    }
    int n = Integer.parseInt(digits);
    return n == 0 ? max : Math.min(n, max);
  }

}
