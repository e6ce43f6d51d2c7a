package org.fenjie.ingest.layout;

import org.fenjie.ingest.rows.DocumentHeaderReader;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.SourceText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a government work report as printed above its first paragraph: the session-file
 * number, the title line, the "——2024年12月30日在…人民代表大会…上" delivery line and the region it
 * names. Everything comes from the text, nothing from the file name.
 */
record ReportHeader(String region, String docNo, String docTitle, String docDate, int planYear, int titleLine) {

  /** How far down a report's title may sit; the header block is short. */
  private static final int HEADER_LINES = 20;

  private static final Pattern DELIVERY_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  /** "在晋江市第十八届人民代表大会": the congress that heard the report names the region. */
  private static final Pattern CONGRESS_REGION = Pattern.compile("在(\\p{IsHan}{2,12}?[市县区旗])第\\p{IsHan}+届人民代表大会");
  /** "晋江市人民政府市长 王明元": the speaker's office names the region when the congress line does not. */
  private static final Pattern SPEAKER_REGION = Pattern.compile("^(\\p{IsHan}{2,12}?[市县区旗])人民政府");

  /** The title line (e.g. "政 府 工 作 报 告", "2025年政府工作报告"), if the header has one. */
  static Optional<Integer> findTitle(SourceText text) {
    int limit = Math.min(HEADER_LINES, text.lines().size());
    for (int n = 1; n <= limit; n++) {
      String t = squeeze(text.line(n)).replaceAll("[《》]", "");
      if (t.endsWith("政府工作报告") && t.length() <= 16) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  static ReportHeader read(SourceText text) throws MalformedDocumentException {
    int title = findTitle(text)
        .orElseThrow(() -> new MalformedDocumentException(text.fileName(), 1, "no 政府工作报告 title line in the header"));
    String docNo = squeeze(String.join("", text.lines().subList(0, title - 1)));
    String date = null;
    String region = null;
    int dateLine = 0;
    for (int n = title + 1; n <= Math.min(title + HEADER_LINES, text.lines().size()); n++) {
      String line = text.line(n).strip();
      Matcher d = DELIVERY_DATE.matcher(line);
      if (date == null && line.startsWith("—") && d.find()) {
        date = "%s-%02d-%02d".formatted(d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        dateLine = n;
      }
      Matcher r = CONGRESS_REGION.matcher(line);
      Matcher s = SPEAKER_REGION.matcher(line);
      if (region == null && r.find()) {
        region = countyLevel(r.group(1));
      } else if (region == null && s.find()) {
        region = countyLevel(s.group(1));
      }
    }
    if (date == null) {
      throw new MalformedDocumentException(text.fileName(), title, "no '——YYYY年M月D日在…' delivery line under the title");
    }
    if (region == null) {
      throw new MalformedDocumentException(text.fileName(), dateLine, "the header names no 市/县/区 (looked for '在…第…届人民代表大会')");
    }
    return new ReportHeader(
        region, docNo.isEmpty() ? null : docNo, squeeze(text.line(title)), date, planYear(text, date), title);
  }

  /** The year the first dated part heading other than the review plans for; else the year after delivery. */
  private static int planYear(SourceText text, String date) {
    for (String line : text.lines()) {
      String t = CellText.clean(line);
      if (WorkReportLayout.isPartHeading(t) && !t.contains("回顾") && WorkReportLayout.yearIn(t) > 0) {
        return WorkReportLayout.yearIn(t);
      }
    }
    return Integer.parseInt(date.substring(0, 4)) + 1;
  }

  /** "泉州市泉港区" → "泉港区": rows carry the county-level region, as the table layouts do. */
  private static String countyLevel(String named) {
    String county = DocumentHeaderReader.countyOf(named);
    return county != null ? county : named;
  }

  /** Removes the letter-spacing PDF titles carry ("政 府 工 作 报 告"). */
  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }
}
