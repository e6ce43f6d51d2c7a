package org.fenjie.model;

import java.util.List;

/**
 * One task of a source document, in the row contract shared by {@code parse}, the index and the API
 * (see docs/rows.md). Names are kept as printed, with padding whitespace removed; canonical forms for
 * faceting are derived downstream and never replace the printed form.
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
    List<String> overseers) {

  public static final String KIND_BREAKDOWN = "责任分解";
  public static final String KIND_CONTEST = "争先进位";
  public static final String KIND_REPORT = "政府工作报告";

  public TaskRow {
    section = List.copyOf(section);
    leadUnits = List.copyOf(leadUnits);
    supportUnits = List.copyOf(supportUnits);
    leaders = List.copyOf(leaders);
    overseers = List.copyOf(overseers);
  }
}
