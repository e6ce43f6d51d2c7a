package org.fenjie.ingest.layout;

import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkReportLayoutTest {
  private static final Path REPORT = Path.of("seeds/001_941dc8cd29ccd4b4.txt");
  private static ParsedDocument doc;

  @BeforeAll
  static void parse() throws Exception {
    doc = new DocumentParser().parse(REPORT);
  }

  private static List<TaskRow> ofYear(int year) {
    return doc.rows().stream().filter(r -> r.year() == year).toList();
  }

  @Test
  void the2025PlanHasExactly29NumberedItemsNumberedWithinTheirBlock() {
    List<TaskRow> plan = ofYear(2025);
    assertEquals(29, plan.size());
    Map<String, Integer> perBlock = new LinkedHashMap<>();
    for (TaskRow r : plan) {
      String block = r.section().get(r.section().size() - 1);
      int n = perBlock.merge(block, 1, Integer::sum);
      assertEquals(String.valueOf(n), r.seq(), "seq restarts in each block: " + r.id());
    }
    assertEquals(List.of(4, 5, 3, 4, 3, 3, 3, 4), List.copyOf(perBlock.values()));
    assertEquals(List.of("三、建设人民满意政府"), plan.get(28).section());
  }

  @Test
  void the2024ReviewBecomesOneRowPerParagraph() {
    List<TaskRow> review = ofYear(2024);
    assertEquals(9, review.size());
    for (int i = 0; i < review.size(); i++) {
      assertEquals(List.of("一、2024年工作回顾"), review.get(i).section());
      assertEquals(String.valueOf(i + 1), review.get(i).seq());
    }
    assertTrue(review.get(0).task().contains("可支配收入分别增长 1.7%"), "page break inside a word re-joined");
    assertTrue(review.get(4).task().contains("充电桩 208 个。沈海高速朴里服务区"),
        "page break at a sentence end inside the 一年来 series re-joined");
  }

  @Test
  void headerComesFromTheText() {
    TaskRow r = doc.rows().get(0);
    assertEquals("晋江市", r.region());
    assertEquals("2024-12-30", r.docDate());
    assertEquals("政府工作报告", r.docTitle());
    assertEquals("[2024.12]市十八届人大四次会议文件（二十七）", r.docNo());
    assertEquals(TaskRow.KIND_REPORT, r.kind());
  }

  @Test
  void noMarkdownAndNoUnitsInAnyRow() {
    for (TaskRow r : doc.rows()) {
      assertFalse(r.task().contains("**"), r.id());
      assertTrue(r.leadUnits().isEmpty() && r.leaders().isEmpty() && r.overseers().isEmpty(), r.id());
    }
  }

  @Test
  void notesBecomeGlossaryEntriesWithoutQuotes() {
    assertEquals("“四帮”即帮就业、帮就医、帮就学、帮安居；“四扶”即扶贫困、扶老幼、扶伤残、扶志气。", explain("四帮四扶"));
    assertEquals("生产、生活、生态空间。", explain("三生空间"));
    assertTrue(explain("1+6专项行动").startsWith("“1”即以盘活利用低效用地试点为总牵引"));
    assertTrue(explain("两个维护").endsWith("集中统一领导。"), "the last note, at the end of the file");
    assertTrue(doc.glossary().stream().allMatch(g -> g.region().equals("晋江市") && !g.explanation().isBlank()));
  }

  @Test
  void aNoteThatQuotesOnlyPartOfItsLabelIsFoundByTheQuotedWord() {
    assertEquals(explain("市场采购贸易联网信息平台组货人"), explain("组货人"));
    assertTrue(explain("组货人").contains("组货装箱"));
    assertEquals(29, doc.glossary().stream().map(GlossaryEntry::explanation)
        .distinct().count(), "every one of the 29 notes, none lost and no junk");
  }

  @Test
  void aDistrictReportCarriesTheDistrictNotItsCity() throws Exception {
    SourceText text = new SourceText("q.txt", List.of("2025年政府工作报告", "", "——2025年1月8日在泉州市泉港区第六届人民代表大会第五次会议上",
        "", "一、2024年工作回顾", "", "一年来，我们……。", "", "二、2025年主要任务", "", "1、做强石化产业。新增产值100亿元。"));
    ParsedDocument d = new WorkReportLayout().parse(text);
    assertEquals("泉港区", d.rows().get(0).region());
    assertEquals(List.of(2024, 2025), d.rows().stream().map(TaskRow::year).toList());
    assertEquals("2025年政府工作报告", d.rows().get(0).docTitle());
  }

  @Test
  void aReportWithoutNumberedPlanItemsIsAnErrorNotAnEmptyImport() {
    SourceText text = new SourceText("r.txt", List.of("政 府 工 作 报 告", "", "——2025年1月6日在某某县第九届人民代表大会第五次会议上",
        "", "一、2024年工作回顾", "", "一年来，我们……。", "", "二、2025年工作安排", "", "总体要求是……。"));
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> new WorkReportLayout().parse(text));
    assertTrue(e.getMessage().startsWith("r.txt:1:"), e.getMessage());
  }

  private static String explain(String term) {
    return doc.glossary().stream().filter(g -> g.term().equals(term)).findFirst()
        .map(GlossaryEntry::explanation).orElseThrow(() -> new AssertionError("no glossary entry " + term));
  }
}
