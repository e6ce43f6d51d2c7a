package org.fenjie.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.ingest.block.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

/**
 * The readers on files LibreOffice made from hand-written documents (src/test/resources/ingest/formats,
 * regenerate.sh): the expected cells are read off the source documents in source/, not off the output.
 */
class FormatsTest {
  private static final Path DIR = Path.of("src/test/resources/ingest/formats");

  private static DocumentBlocks read(String name) throws Exception {
    return Formats.read(name, Files.readAllBytes(DIR.resolve(name))).orElseThrow();
  }

  private static TableBlock table(DocumentBlocks d) {
    return d.blocks().stream().filter(b -> b instanceof TableBlock).map(b -> (TableBlock) b).findFirst().orElseThrow();
  }

  private static List<String> texts(DocumentBlocks d) {
    return d.blocks().stream().filter(b -> b instanceof TextBlock).map(b -> ((TextBlock) b).text()).toList();
  }

  private static List<String> row(TableBlock t, int r) {
    return t.rows().get(r).stream().map(Cell::text).toList();
  }

  @Test
  void docxMergedCategoryFillsItsRowsAndParagraphsInACellAreLines() throws Exception {
    DocumentBlocks d = read("tongling-2026-breakdown.docx");
    assertEquals("docx", d.format());
    assertTrue(texts(d).contains("桐政〔2026〕3号"));
    TableBlock t = table(d);
    assertEquals(11, t.rows().size());
    assertEquals(List.of("序号", "项目", "目标任务", "责任单位", "责任领导", "分管县领导"), row(t, 0));
    assertEquals(List.of("3", "一、主要经济指标", "社会消费品零售总额增长5.5%。", "县商务局\n县统计局", "李红梅\n周国华", "吴晓东"),
        row(t, 3));
    assertFalse(t.rows().get(1).get(1).spanned());
    assertTrue(t.rows().get(2).get(1).spanned());
    assertEquals("二、产业发展", t.rows().get(7).get(1).text());
  }

  @Test
  void docAndDocxOfOneDocumentGiveTheSameGrid() throws Exception {
    for (String doc : List.of("hechuan-2026-keywork", "tongling-2026-breakdown", "wuxi-2026-measures")) {
      DocumentBlocks binary = read(doc + ".doc");
      assertEquals("doc", binary.format());
      assertEquals(table(read(doc + ".docx")).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList(),
          table(binary).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList(), doc);
    }
    TableBlock wuxi = table(read("wuxi-2026-measures.doc"));
    assertEquals(List.of("类别", "序号", "工作任务", "具体措施", "责任单位", "完成时间", "备注"), row(wuxi, 0));
    assertEquals("医疗", wuxi.rows().get(5).get(0).text());
    assertTrue(wuxi.rows().get(5).get(0).spanned());
  }

  @Test
  void pdfTableAcrossTwoPagesWithItsHeaderReprintedAndPageNumbers() throws Exception {
    DocumentBlocks d = read("hechuan-2026-keywork.pdf");
    TableBlock t = table(d);
    assertEquals(13, t.rows().size());
    assertEquals(List.of("序号", "重点工作", "牵头单位", "配合单位", "牵头县领导", "完成时限"), row(t, 0));
    assertEquals(List.of("1", "加快建设鹤川工业园区二期，全年完成园区基础设施投资8亿元，新增标准厂房20万平方米。", "县发改局\n县工信局",
        "县财政局 县自然资源局\n鹤川工业园区管委会", "刘振宇", "2026年12月底前"), row(t, 1));
    // row 5 is cut by the page break: its last line "75%。" is on page 2 under the reprinted header
    assertTrue(row(t, 5).get(1).replace("\n", "").endsWith("收集率达到75%。"), row(t, 5).get(1));
    assertEquals(2, t.rows().get(6).get(0).at().page());
    assertEquals(List.of("12", "推进历史文化街区保护利用，完成鹤鸣老街一期修缮。", "县文旅局", "县住建局\n鹤鸣镇人民政府", "邓立群", "2026年9月30日"),
        row(t, 12));
    assertTrue(texts(d).contains("鹤政办〔2026〕7号"));
    assertTrue(texts(d).stream().noneMatch(s -> s.matches(".*- ?\\d ?-.*")), "page numbers dropped: " + texts(d));
  }

  @Test
  void pdfRowsCentredOnTheirNumberWithoutCellPadding() throws Exception {
    TableBlock t = table(read("tongling-2026-breakdown.pdf"));
    assertEquals(11, t.rows().size());
    assertEquals("县商务局\n县统计局", row(t, 3).get(3));
    assertEquals("推动茶叶精深加工，新增规模以上茶企3家，茶产业综合产值突破40亿元。", row(t, 4).get(2));
    assertEquals(List.of("10", "", "完成老旧小区改造15个，惠及居民2100户。", "县住建局", "卫东升", "王建平"), row(t, 10));
    TableBlock wuxi = table(read("wuxi-2026-measures.pdf"));
    assertEquals(9, wuxi.rows().size(), "the note under the table is not a row");
    assertEquals("县住建局 县公安局交警大队", row(wuxi, 6).get(4));
  }

  @Test
  void htmlGovernmentPageInUtf8AndGbk() throws Exception {
    DocumentBlocks utf8 = read("yunxiu-2026-gov-page.html");
    DocumentBlocks gbk = read("yunxiu-2026-gov-page.gbk.html");
    assertEquals(utf8.blocks(), gbk.blocks());
    List<String> texts = texts(utf8);
    assertTrue(texts.contains("云政办〔2026〕2号"), "文号 from the metadata block: " + texts);
    assertTrue(texts.contains("2026年1月20日"), "date from the metadata block: " + texts);
    assertTrue(texts.stream().noneMatch(s -> s.contains("索引号") || s.contains("首页") || s.contains("ICP") || s.contains("打印")),
        "chrome left out: " + texts);
    TableBlock t = table(utf8);
    assertEquals(9, t.rows().size());
    assertEquals(List.of("序号", "具体目标任务", "责任单位", "协办单位"), row(t, 0));
    assertTrue(t.rows().get(1).get(3).spanned());
    assertEquals("一、推动产业提质增效", row(t, 1).get(3));
    assertEquals("全年实施重点产业项目68个，完成投资95亿元。", row(t, 2).get(1), "&nbsp; padding removed");
    assertEquals("区财政局\n区自然资源局", row(t, 3).get(3));
    assertTrue(t.rows().get(3).get(3).spanned());
    assertEquals("区林业局 区住建局", row(t, 7).get(3));
  }

  @Test
  void aWordFileRenamedPdfIsReadAsWord() throws Exception {
    byte[] doc = Files.readAllBytes(DIR.resolve("tongling-2026-breakdown.doc"));
    assertEquals("doc", Formats.read("tongling.pdf", doc).orElseThrow().format());
    assertTrue(Formats.read("plain.txt", "序号\t目标任务".getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEmpty());
  }

  @Test
  void refusalsNameTheFileAndTheReason() throws Exception {
    assertRefused("chengnan-notice-no-table.html", Files.readAllBytes(DIR.resolve("chengnan-notice-no-table.html")),
        "no data table");
    byte[] docx = Files.readAllBytes(DIR.resolve("hechuan-2026-keywork.docx"));
    assertRefused("cut.docx", Arrays.copyOf(docx, docx.length * 2 / 3), "incomplete");
    assertRefused("scan.pdf", scannedPdf(), "no text layer (a scanned PDF?)");
    assertRefused("locked.pdf", encrypted(Files.readAllBytes(DIR.resolve("hechuan-2026-keywork.pdf")), "secret"), "password");
    assertRefused("sheet.docx", zip("xl/workbook.xml", new byte[10]), "not a Word document");
    assertRefused("bomb.docx", zip("word/document.xml", new byte[(int) ReadLimits.MAX_ZIP_EXPANDED_BYTES + 1]), "zip bomb");
    byte[] doc = Files.readAllBytes(DIR.resolve("tongling-2026-breakdown.doc"));
    assertRefused("broken.doc", Arrays.copyOf(doc, 1024), ".doc");
  }

  @Test
  void aPdfEncryptedWithoutAUserPasswordIsRead() throws Exception {
    byte[] open = encrypted(Files.readAllBytes(DIR.resolve("hechuan-2026-keywork.pdf")), "");
    assertEquals(13, table(Formats.read("open.pdf", open).orElseThrow()).rows().size());
  }

  private static void assertRefused(String name, byte[] bytes, String reason) {
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> Formats.read(name, bytes));
    assertTrue(e.getMessage().startsWith(name + ": ") && e.getMessage().contains(reason), e.getMessage());
  }

  private static byte[] scannedPdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      img.getGraphics().drawString("序号 目标任务", 10, 50);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(LosslessFactory.createFromImage(doc, img), 50, 500);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
      z.closeEntry();
    }
    return bytes.toByteArray();
  }
}
