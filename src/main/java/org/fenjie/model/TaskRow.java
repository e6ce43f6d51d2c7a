package org.fenjie.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task of a source document, in the row contract shared by {@code parse}, the index and the API
 * (see docs/rows.md). Names are kept as printed, with padding whitespace removed; canonical forms for
 * faceting are derived downstream and never replace the printed form.
 *
 * <p>{@code deadline} is the 完成时限 cell as printed and {@code deadlineDate} the last day it allows
 * (yyyy-MM-dd), each null when absent or unreadable; {@code extra} keeps every column that has no known
 * role (header → cell text, in column order) so nothing a document prints is lost; {@code page} is the
 * source page of paged formats (PDF) and null otherwise.
 */
public record TaskRow(
    String id,
    String region,
    int year,
    String kind,
    String docNo,
    String docTitle,
    String docDate,
    String source,
    List<String> section,
    String seq,
    String task,
    List<String> leadUnits,
    List<String> supportUnits,
    List<Leader> leaders,
    List<String> overseers,
    String deadline,
    String deadlineDate,
    Map<String, String> extra,
    Integer page) {

  public static final String KIND_BREAKDOWN = "责任分解";
  public static final String KIND_CONTEST = "争先进位";
  public static final String KIND_REPORT = "政府工作报告";

  public TaskRow {
    section = List.copyOf(section);
    leadUnits = List.copyOf(leadUnits);
    supportUnits = List.copyOf(supportUnits);
    leaders = List.copyOf(leaders);
    overseers = List.copyOf(overseers);
    // Map.copyOf would lose the column order, which is the order the document prints.
    extra = extra == null || extra.isEmpty()
        ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** A row without deadline, extra columns or page: the shape every source had before issue 12. */
  public TaskRow(String id, String region, int year, String kind, String docNo, String docTitle, String docDate,
      String source, List<String> section, String seq, String task, List<String> leadUnits,
      List<String> supportUnits, List<Leader> leaders, List<String> overseers) {
    this(id, region, year, kind, docNo, docTitle, docDate, source, section, seq, task, leadUnits, supportUnits,
        leaders, overseers, null, null, Map.of(), null);
  }

  /** The same row under another id (ids are made unique across a corpus after parsing). */
  public TaskRow withId(String newId) {
    return new TaskRow(newId, region, year, kind, docNo, docTitle, docDate, source, section, seq, task, leadUnits,
        supportUnits, leaders, overseers, deadline, deadlineDate, extra, page);
  }
}
