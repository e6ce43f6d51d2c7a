package org.fenjie.ingest.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The 政府信息公开 metadata block of a government page (索引号, 发布机构, 文号, 发布日期…), usually a small
 * table or list above the article. It is chrome, not content, but it names the document when the body does
 * not: its 发布机构, 文号 and date are kept.
 */
record HtmlMetadata(Element block, String publisher, String docNo, String date) {
  private static final Pattern FIELD_LABELS = Pattern.compile("文\\s*号|发布机构|发文机关|发布日期|成文日期|发文日期|主题分类");
  private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|发文机关|发文单位)\\s*[：:]\\s*(\\p{IsHan}{2,30})");
  private static final Pattern DOC_NO = Pattern.compile("文\\s*号\\s*[：:]\\s*(\\S*?〔\\d{4}〕\\d{1,4}号|\\S*?[\\[［(（]\\d{4}[\\]］)）]\\d{1,4}号)");
  private static final Pattern DATE = Pattern.compile(
      "(?:成文日期|发文日期|发布日期|日\\s*期)\\s*[：:]\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

  /** The smallest element holding "索引号" and another metadata label, or null when the page has none. */
  static HtmlMetadata find(Document page) {
    for (Element own : page.getElementsContainingOwnText("索引号")) {
      Element block = block(own);
      if (block != null) {
        String text = HtmlPageText.normalise(block.text());
        return new HtmlMetadata(block, group(PUBLISHER, text), group(DOC_NO, text), date(text));
      }
    }
    return null;
  }

  /**
   * The list or table around "索引号" (its innermost table, ul, ol or dl, so the page's layout table is not
   * taken), else the nearest element naming another label too.
   */
  private static Element block(Element own) {
    Element firstWithLabel = null;
    for (Element e = own; e != null && !e.nameIs("body"); e = e.parent()) {
      boolean labelled = FIELD_LABELS.matcher(HtmlPageText.normalise(e.text())).find();
      if (labelled && (e.nameIs("table") || e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl"))) {
        return e;
      }
      if (labelled && firstWithLabel == null) {
        firstWithLabel = e;
      }
    }
    return firstWithLabel;
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** The date as a Chinese document prints it ("2026年1月20日"), which the header reader reads. */
  private static String date(String text) {
    Matcher m = DATE.matcher(text);
    return m.find()
        ? Integer.parseInt(m.group(1)) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日"
        : null;
  }
}
