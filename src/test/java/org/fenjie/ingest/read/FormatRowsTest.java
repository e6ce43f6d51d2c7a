package org.fenjie.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end, bytes → reader → blocks → the layouts' row builder → rows, on the LibreOffice fixtures.
 * Expected values are read off the source documents (source/*.fodt, source/*.html, the page itself).
 */
class FormatRowsTest {
  private static final Path DIR = Path.of("src/test/resources/ingest/formats");

  private static ParsedDocument parse(String name) throws Exception {
    return new DocumentParser().parse(Formats.read(name, Files.readAllBytes(DIR.resolve(name))).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hechuan-2026-keywork.docx", "hechuan-2026-keywork.doc", "hechuan-2026-keywork.pdf"})
  void hechuanLeadSupportOverseerDeadline(String file) throws Exception {
    ParsedDocument doc = parse(file);
    assertEquals(12, doc.rows().size());
    TaskRow first = doc.rows().get(0);
    assertEquals("鹤川县", first.region());
    assertEquals("鹤政办〔2026〕7号", first.docNo());
    assertEquals("2026-02-03", first.docDate());
    assertEquals("加快建设鹤川工业园区二期，全年完成园区基础设施投资8亿元，新增标准厂房20万平方米。", first.task());
    assertEquals(List.of("县发改局", "县工信局"), first.leadUnits());
    assertEquals(List.of("县财政局", "县自然资源局", "鹤川工业园区管委会"), first.supportUnits());
    assertEquals(List.of("刘振宇"), first.overseers());
    assertEquals("2026年12月底前", first.deadline());
    assertEquals("2026-12-31", first.deadlineDate());
    TaskRow fifth = doc.rows().get(4); // cut by the page break in the PDF
    assertEquals("完成城区雨污分流改造管网45公里，县城生活污水集中收集率达到75%。", fifth.task());
    assertEquals(List.of("县城市管理局", "县生态环境局"), fifth.supportUnits());
    TaskRow last = doc.rows().get(11);
    assertEquals(List.of("县住建局", "鹤鸣镇人民政府"), last.supportUnits());
    assertEquals("2026-09-30", last.deadlineDate());
    assertEquals(file.endsWith(".pdf") ? Integer.valueOf(2) : null, last.page());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tongling-2026-breakdown.docx", "tongling-2026-breakdown.doc"})
  void tonglingMergedSectionsAndPairedLeaders(String file) throws Exception {
    ParsedDocument doc = parse(file);
    assertEquals(10, doc.rows().size());
    TaskRow third = doc.rows().get(2);
    assertEquals(List.of("一、主要经济指标"), third.section());
    assertEquals(List.of("县商务局", "县统计局"), third.leadUnits());
    assertEquals(List.of(new Leader("李红梅", "县商务局"), new Leader("周国华", "县统计局")), third.leaders());
    assertEquals(List.of("吴晓东"), third.overseers());
    assertEquals(List.of("三、民生保障"), doc.rows().get(9).section());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yunxiu-2026-gov-page.html", "yunxiu-2026-gov-page.gbk.html"})
  void governmentPageRowsWithTheMetadataHeader(String file) throws Exception {
    ParsedDocument doc = parse(file);
    assertEquals(6, doc.rows().size());
    TaskRow second = doc.rows().get(1);
    assertEquals("云岫区", second.region());
    assertEquals("云政办〔2026〕2号", second.docNo());
    assertEquals("2026-01-20", second.docDate());
    assertEquals(List.of("一、推动产业提质增效"), second.section());
    assertEquals(List.of("区工信局"), second.leadUnits());
    assertEquals(List.of("区财政局", "区自然资源局"), second.supportUnits(), "the rowspan'd 协办单位 cell");
    assertEquals(List.of("区林业局", "区住建局"), doc.rows().get(4).supportUnits());
  }
}
