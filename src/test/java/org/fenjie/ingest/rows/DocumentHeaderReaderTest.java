package org.fenjie.ingest.rows;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.read.SourceFiles;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentHeaderReaderTest {

  @Test
  void readsTheJinjiangHeaderFromItsText() throws Exception {
    DocumentHeader h = DocumentHeaderReader.read(SourceFiles.read(Path.of("seeds/000_49bd79bf689c61c0.txt")));
    assertEquals(new DocumentHeader("晋江市", "晋政文〔2026〕4号",
        "晋江市人民政府关于2026年《政府工作报告》目标任务责任分解的通知", "2026-01-11", 2026), h);
  }

  @Test
  void joinsATitleSplitOverLinesAndFindsTheDateBeforeTheTable() throws Exception {
    DocumentHeader h = DocumentHeaderReader.read(SourceFiles.read(Path.of("seeds/003_de05cf948f9c50f8.txt")));
    assertEquals(new DocumentHeader("南安市", "南政办〔2025〕47号",
        "南安市人民政府办公室关于2026年市政府重点工作目标任务责任分解的通知", "2025-12-25", 2026), h);
  }

  @Test
  void takesTheCountyLevelPartOfAPrefectureAndDistrictAuthority() throws Exception {
    DocumentHeader h = DocumentHeaderReader.read(SourceFiles.read(Path.of("seeds/004_c0ca6c59d42007b8.txt")));
    assertEquals(new DocumentHeader("泉港区", "泉港政办〔2026〕1号",
        "泉港区人民政府办公室关于印发2026年区政府工作报告目标任务责任分解表的通知", "2026-01-12", 2026), h);
  }

  @Test
  void aDocumentWithoutNumberStillHasRegionAndYear() throws Exception {
    SourceText t = new SourceText("x.txt", List.of("某某县人民政府文件", "", "某某县人民政府关于2027年重点工作的通知", "", "2027年2月3日"));
    DocumentHeader h = DocumentHeaderReader.read(t);
    assertEquals("某某县", h.region());
    assertNull(h.docNo());
    assertEquals("2027-02-03", h.docDate());
    assertEquals(2027, h.year());
  }

  @Test
  void noAuthorityIsAnErrorNamingTheFile() {
    SourceText t = new SourceText("y.txt", List.of("序号\t任务", "1\t做事"));
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> DocumentHeaderReader.read(t));
    assertEquals("y.txt", e.fileName());
  }

  @Test
  void countyOfDropsProvinceAndPrefecture() {
    assertEquals("泉港区", DocumentHeaderReader.countyOf("泉州市泉港区"));
    assertEquals("某某县", DocumentHeaderReader.countyOf("福建省某某县"));
    assertEquals("晋江市", DocumentHeaderReader.countyOf("晋江市"));
  }
}
