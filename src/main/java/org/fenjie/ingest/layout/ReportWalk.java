package org.fenjie.ingest.layout;

import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.rows.CorpusIds;
import org.fenjie.ingest.rows.RowIds;
import org.fenjie.ingest.rows.UniqueIds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.TaskRow;

/**
 * Walks a work report's paragraphs in order and keeps track of where it is: the review part gives
 * one row per paragraph, a plan part one row per numbered item (continuation paragraphs included),
 * and introductions between headings and items give none.
 */
final class ReportWalk {

  private enum Part { PREAMBLE, REVIEW, PLAN }

  private final ReportHeader header;
  private final String source;
  private final List<TaskRow> rows = new ArrayList<>();
  private final List<IngestWarning> warnings = new ArrayList<>();
  private final UniqueIds ids;

  private Part part = Part.PREAMBLE;
  private String partHeading;
  private String subHeading;
  private int reviewYear;
  private int planYear;
  /** The review part's paragraphs, held until the part ends so cut ones can be re-joined. */
  private final List<String> review = new ArrayList<>();
  private int planItems;

  private String itemSeq;
  private StringBuilder itemText;
  private int itemLine;

  ReportWalk(ReportHeader header, String source) {
    this.header = header;
    this.source = source;
    this.ids = new UniqueIds(source, warnings);
  }

  void accept(Paragraph p) {
    String t = CellText.clean(p.text());
    if (WorkReportLayout.isPartHeading(t)) {
      flushItem();
      flushReview();
      startPart(t);
      return;
    }
    switch (part) {
      case REVIEW -> review.add(t);
      case PLAN -> acceptPlan(t, p.line());
      case PREAMBLE -> { }
    }
  }

  private void acceptPlan(String t, int line) {
    Matcher sub = WorkReportLayout.SUB_SECTION.matcher(t);
    Matcher item = WorkReportLayout.ITEM.matcher(t);
    if (sub.matches()) {
      flushItem();
      subHeading = headingLabel(t);
    } else if (item.matches()) {
      flushItem();
      itemSeq = item.group(1);
      itemText = new StringBuilder(item.group(2).strip());
      itemLine = line;
    } else if (WorkReportLayout.isAddress(t)) {
      flushItem();
    } else if (itemText != null) {
      itemText.append(t);
    }
  }

  private void startPart(String heading) {
    int year = WorkReportLayout.yearIn(heading);
    partHeading = heading;
    subHeading = null;
    if (year > 0 && heading.contains("回顾")) {
      part = Part.REVIEW;
      reviewYear = year;
    } else if (year > 0) {
      part = Part.PLAN;
      planYear = year;
    } else {
      // a part without a year after the plan ("三、建设人民满意政府") continues the plan
      part = planYear > 0 ? Part.PLAN : Part.PREAMBLE;
    }
  }

  private void flushItem() {
    if (itemText == null) {
      return;
    }
    List<String> section = subHeading == null ? List.of(partHeading) : List.of(partHeading, subHeading);
    rows.add(row(planYear, section, HeadingNumbers.path(section) + "-" + itemSeq, itemSeq, itemText.toString(), itemLine));
    planItems++;
    itemText = null;
  }

  /** One row per review paragraph, numbered in order. */
  private void flushReview() {
    List<String> paragraphs = ParallelParagraphs.join(review);
    for (int i = 0; i < paragraphs.size(); i++) {
      String seq = String.valueOf(i + 1);
      rows.add(row(reviewYear, List.of(partHeading), HeadingNumbers.path(List.of(partHeading)) + "-p" + seq, seq,
          paragraphs.get(i), 0));
    }
    review.clear();
  }

  List<TaskRow> finish() {
    flushItem();
    flushReview();
    return List.copyOf(rows);
  }

  int planItems() {
    return planItems;
  }

  List<IngestWarning> warnings() {
    return List.copyOf(warnings);
  }

  private TaskRow row(int year, List<String> section, String localKey, String seq, String task, int line) {
    // keyed by the row's own year, as CorpusIds expects: review rows are jinjiang-2024-report-…
    String id = ids.next(RowIds.documentKey(header.region(), year, TaskRow.KIND_REPORT), localKey, line);
    return new TaskRow(id, header.region(), year, TaskRow.KIND_REPORT, header.docNo(), header.docTitle(),
        header.docDate(), source, section, seq, task, List.of(), List.of(), List.of(), List.of());
  }

  /** "（一）在…上再出发。主动应对…" → "（一）在…上再出发": the heading sentence, without the introduction. */
  private static String headingLabel(String paragraph) {
    int stop = paragraph.indexOf('。');
    return (stop < 0 ? paragraph : paragraph.substring(0, stop)).strip();
  }
}
