package org.fenjie.ingest;

import org.fenjie.ingest.layout.CellBlockTableLayout;
import org.fenjie.ingest.layout.LineTableLayout;
import org.fenjie.ingest.read.SourceFiles;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {
  @TempDir Path dir;

  @Test
  void aDocumentNoLayoutClaimsNamesTheFileAndTheLineThatLooksLikeAHeader() throws Exception {
    Path f = write("memo.txt", "某某县人民政府文件\n\n关于开会的通知\n\n序号\t姓名\t电话\n1\t张三\t123\n");
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> new DocumentParser().parse(f));
    assertEquals("memo.txt", e.fileName());
    assertEquals(5, e.line());
    assertTrue(e.getMessage().startsWith("memo.txt:5: not a known layout"), e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8NamesTheLineOfTheFirstBadByte() throws Exception {
    // Latin-1 is neither UTF-8 nor GBK (GBK is read: see HostileDocumentsTest).
    byte[] latin1 = "序号 café au lait\n1 任务\n".replace("序号", "No.").getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[latin1.length + 6];
    System.arraycopy("ok\nok\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
    System.arraycopy(latin1, 0, bytes, 6, latin1.length);
    Path f = dir.resolve("gbk.txt");
    Files.write(f, bytes);
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> new DocumentParser().parse(f));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void anEmptyFileIsAnErrorNotZeroRows() throws Exception {
    Path f = write("empty.txt", "\n  \n");
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> new DocumentParser().parse(f));
    assertEquals("empty.txt:0: empty file", e.getMessage());
  }

  @Test
  void aHeaderWithoutNumberedRowsIsAnErrorNotAnEmptyImport() throws Exception {
    Path f = write("headonly.txt", "某某县人民政府文件\n某某县人民政府关于2026年任务分解的通知\n2026年1月2日\n序号\t工作任务\t责任单位\n说明\t无\t无\n");
    assertThrows(MalformedDocumentException.class, () -> new DocumentParser().parse(f));
  }

  @Test
  void twoLayoutsClaimingOneDocumentIsAnError() throws Exception {
    Path f = Path.of("seeds/004_c0ca6c59d42007b8.txt");
    DocumentParser twice = new DocumentParser(List.of(new LineTableLayout(), new LineTableLayout()));
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> twice.parse(f));
    assertTrue(e.getMessage().contains("more than one layout"), e.getMessage());
  }

  @Test
  void tableLayoutsLeaveTheProseDocumentsAlone() throws Exception {
    for (String seed : List.of("seeds/001_941dc8cd29ccd4b4.txt", "seeds/002_413767689e3e1b42.txt")) {
      SourceText t = SourceFiles.read(Path.of(seed));
      assertFalse(new LineTableLayout().claims(t), seed);
      assertFalse(new CellBlockTableLayout().claims(t), seed);
    }
  }

  @Test
  void twoDocumentsOfOneRegionYearAndKindGetDistinctIds() throws Exception {
    Path a = Path.of("seeds/004_c0ca6c59d42007b8.txt");
    Path copy = dir.resolve("004_again.txt");
    Files.writeString(copy, Files.readString(a, StandardCharsets.UTF_8).replace("泉港政办〔2026〕1号", "泉港政办〔2026〕9号"),
        StandardCharsets.UTF_8);
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> docs = parser.parseAll(List.of(a, copy));
    List<String> ids = docs.stream().flatMap(d -> d.rows().stream()).map(TaskRow::id).toList();
    assertEquals(220, ids.stream().distinct().count());
    assertEquals(ids, parser.parseAll(List.of(a, copy)).stream().flatMap(d -> d.rows().stream()).map(TaskRow::id).toList());
    assertEquals("quangang-2026-breakdown-1", parser.parse(a).rows().get(0).id(), "alone, a document keeps its plain ids");
  }

  private Path write(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
