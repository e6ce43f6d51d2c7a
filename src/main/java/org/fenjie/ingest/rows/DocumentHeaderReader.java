package org.fenjie.ingest.rows;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link DocumentHeader} from the text before a document's body: the issuing authority
 * ("晋江市人民政府文件", "泉州市泉港区人民政府办公室文件" → 泉港区), the number ("晋政文〔2026〕4号"),
 * the "…关于…的通知" title (possibly over several lines), the date line near the signature and
 * the year named in the title. Nothing is looked up by file name.
 */
public final class DocumentHeaderReader {
  private static final Pattern DOC_NO =
      Pattern.compile("(\\p{IsHan}{1,12})[〔\\[［(（](\\d{4})[〕\\]］)）](\\d{1,4})号");
  private static final Pattern AUTHORITY =
      Pattern.compile("(\\p{IsHan}{2,20}?)人民(?:政府|代表大会)(?:办公室|办公厅)?(?:文件|关于|$|市长|县长|区长)");
  private static final Pattern ADMIN_PART = Pattern.compile("\\p{IsHan}+?(?:自治州|自治县|自治旗|省|市|区|县|旗)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern TITLE_END = Pattern.compile(".*(通知|通报|意见|方案|决定|批复|函)$");
  /** How far into a document the header may reach; the signature and date come before the table. */
  private static final int HEADER_LINES = 80;

  private DocumentHeaderReader() {}

  /** Reads the header of the whole text. */
  public static DocumentHeader read(SourceText text) throws MalformedDocumentException {
    return read(text, Math.min(text.lines().size(), HEADER_LINES));
  }

  /** Reads the header from lines 1..lastLine (the part before the body, e.g. before the table header row). */
  public static DocumentHeader read(SourceText text, int lastLine) throws MalformedDocumentException {
    List<String> lines = new ArrayList<>();
    for (int n = 1; n <= Math.min(lastLine, text.lines().size()); n++) {
      lines.add(CellText.name(text.line(n)));
    }
    String region = region(lines);
    if (region == null) {
      throw new MalformedDocumentException(text.fileName(), 1,
          "no issuing authority (e.g. \"晋江市人民政府文件\") in the first " + lines.size() + " lines");
    }
    String title = title(text, lastLine);
    String date = date(lines);
    Integer year = year(title, lines, date);
    if (year == null) {
      throw new MalformedDocumentException(text.fileName(), 1,
          "no year (e.g. \"2026年\") in the title or the header of the document");
    }
    return new DocumentHeader(region, docNo(lines), title, date, year);
  }

  static String docNo(List<String> lines) {
    for (String l : lines) {
      Matcher m = DOC_NO.matcher(l);
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }

  static String region(List<String> lines) {
    for (String l : lines) {
      Matcher m = AUTHORITY.matcher(l);
      if (m.find()) {
        String r = countyOf(m.group(1));
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** The county-level part of an authority name: "泉州市泉港区" → "泉港区", "福建省某某县" → "某某县". */
  public static String countyOf(String authority) {
    List<String> parts = new ArrayList<>();
    Matcher m = ADMIN_PART.matcher(authority);
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        break;
      }
      parts.add(m.group());
      end = m.end();
    }
    if (parts.isEmpty() || end != authority.length()) {
      return null;
    }
    String last = parts.get(parts.size() - 1);
    return last.endsWith("省") || last.endsWith("自治州") ? null : last;
  }

  /** The first line with "关于", joined with the lines after it until the title's last word (…的通知). */
  static String title(SourceText text, int lastLine) {
    for (int n = 1; n <= Math.min(lastLine, text.lines().size()); n++) {
      String first = CellText.joinCjk(text.line(n));
      if (!first.contains("关于") || first.length() > 80) {
        continue;
      }
      String title = first;
      for (int k = n + 1; k <= Math.min(n + 6, text.lines().size()) && !TITLE_END.matcher(title).matches(); k++) {
        String next = CellText.joinCjk(text.line(k));
        if (next.endsWith("：") || next.length() > 60) {
          break;
        }
        title = CellText.joinCjk(CellText.joinLines(title, next));
      }
      return TITLE_END.matcher(title).matches() ? title : first;
    }
    return null;
  }

  /** The first line that is only a date ("2026年1月11日", the signature date), as yyyy-MM-dd. */
  static String date(List<String> lines) {
    String fallback = null;
    for (String l : lines) {
      Matcher m = DATE.matcher(l);
      if (m.matches()) {
        return iso(m);
      }
      if (fallback == null && m.find() && l.length() < 40) {
        fallback = iso(m);
      }
    }
    return fallback;
  }

  private static String iso(Matcher m) {
    return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  static Integer year(String title, List<String> lines, String date) {
    if (title != null) {
      Matcher m = YEAR.matcher(title);
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    for (String l : lines) {
      Matcher m = YEAR.matcher(l);
      if (l.length() < 50 && (l.endsWith("表") || l.endsWith("清单")) && m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return date == null ? null : Integer.valueOf(date.substring(0, 4));
  }
}
