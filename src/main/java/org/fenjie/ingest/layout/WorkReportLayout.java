package org.fenjie.ingest.layout;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.SourceText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * A government work report (政府工作报告): its "…年工作回顾" part becomes one row per paragraph for
 * the year reviewed, its plan parts ("…年主要工作安排" and the parts after it) one row per numbered
 * item for the plan year, and its 附注 notes become glossary entries. Recognised by the 政府工作报告
 * title line and a part heading that names a year, never by file name.
 */
public final class WorkReportLayout extends ProseLayout {

  static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.{2,40})$");
  static final Pattern SUB_SECTION = Pattern.compile("^[（(]\\s*([一二三四五六七八九十]+)\\s*[)）]\\s*(.+)$");
  static final Pattern ITEM = Pattern.compile("^(\\d{1,3})\\s*[、.．](?!\\d)\\s*(.+)$");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
  private static final Pattern NOTES = Pattern.compile("^(附注|注释|名词解释)[：:]?$");
  /** The speaker turning to the deputies ("各位代表，…") closes whatever list came before. */
  private static final String ADDRESS = "各位代表";

  @Override
  public String name() {
    return "work-report";
  }

  @Override
  public boolean claims(SourceText text) {
    if (ReportHeader.findTitle(text).isEmpty()) {
      return false;
    }
    boolean yearPart = false;
    boolean item = false;
    for (String line : text.lines()) {
      String t = CellText.clean(line);
      Matcher part = PART.matcher(t);
      yearPart |= part.matches() && !t.contains("。") && YEAR.matcher(part.group(2)).find();
      item |= ITEM.matcher(t).matches();
    }
    return yearPart && item;
  }

  @Override
  public ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    ReportHeader header = ReportHeader.read(text);
    List<Paragraph> paragraphs = ProseParagraphs.of(text, WorkReportLayout::startsBlock, WorkReportLayout::isHeading);
    ReportWalk walk = new ReportWalk(header, text.fileName());
    List<GlossaryEntry> glossary = List.of();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.line() <= header.titleLine()) {
        continue;
      }
      if (NOTES.matcher(CellText.clean(p.text())).matches()) {
        glossary = GlossaryNotes.read(paragraphs.subList(i + 1, paragraphs.size()), header.region(), text.fileName());
        break;
      }
      walk.accept(p);
    }
    List<TaskRow> rows = walk.finish();
    if (walk.planItems() == 0) {
      throw new MalformedDocumentException(text.fileName(), header.titleLine(), "work report with no numbered plan items");
    }
    return new ParsedDocument(text.fileName(), rows, glossary, walk.warnings());
  }

  /** Paragraphs that always begin something new, so a page-cut paragraph is never glued to them. */
  static boolean startsBlock(String paragraph) {
    String t = CellText.clean(paragraph);
    return isPartHeading(t) || SUB_SECTION.matcher(t).matches() || ITEM.matcher(t).matches()
        || NOTES.matcher(t).matches() || t.startsWith(ADDRESS);
  }

  /** Part headings and the notes marker, which end without punctuation and are never cut. */
  static boolean isHeading(String paragraph) {
    String t = CellText.clean(paragraph);
    return isPartHeading(t) || NOTES.matcher(t).matches();
  }

  static boolean isPartHeading(String t) {
    return PART.matcher(t).matches() && !t.contains("。") && !t.contains("，");
  }

  static boolean isAddress(String t) {
    return t.startsWith(ADDRESS);
  }

  /** The first year a heading names, or 0. */
  static int yearIn(String heading) {
    Matcher m = YEAR.matcher(heading);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
