package org.fenjie.synth;

import java.util.Random;
import org.fenjie.model.TaskRow;

/** Number, title and date of a synthetic document, rewritten from its template's for a new region and year. */
record DocumentHead(int year, String docNo, String docTitle, String docDate) {

  static DocumentHead of(TaskRow template, String region, int year, Random r) {
    String templateYear = Integer.toString(template.year());
    String title = nullToEmpty(template.docTitle())
        .replace(template.region(), region)
        .replace(templateYear, Integer.toString(year))
        .replace("市政府", RegionNames.level(region) + "政府")
        .replace("区政府", RegionNames.level(region) + "政府");
    String no = nullToEmpty(template.docNo());
    int bracket = no.indexOf('〔');
    String docNo =
        bracket > 0
            ? RegionNames.stem(region) + office(no.substring(0, bracket)) + "〔" + year + "〕" + (1 + r.nextInt(60)) + "号"
            : no.replace(templateYear, Integer.toString(year - 1));
    boolean report = TaskRow.KIND_REPORT.equals(template.kind());
    String date =
        report
            ? String.format("%d-12-%02d", year - 1, 20 + r.nextInt(11))
            : String.format("%d-01-%02d", year, 1 + r.nextInt(28));
    return new DocumentHead(year, docNo, title, date);
  }

  /** The office part of a document number prefix: 晋政文 → 政文, 泉港政办 → 政办. */
  private static String office(String prefix) {
    int i = prefix.indexOf('政');
    return i >= 0 ? prefix.substring(i) : "政";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
