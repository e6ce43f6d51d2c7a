package org.fenjie.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** A table cut off inside its last row keeps its rows and says so on the last one. */
class CutShortDocumentTest {
  private static final Path YUNXI = Path.of(LayoutContractTest.FIXTURES + "line-table/yunxi_2026_measures_overseers_deadlines.txt");

  @Test
  void aLastRowCutInsideAUnitNameIsAWarning() throws Exception {
    String whole = Files.readString(YUNXI, StandardCharsets.UTF_8);
    String cut = whole.substring(0, whole.indexOf("县水务集团") + 3); // "… 县水利局 县水务": the file ends mid-name
    ParsedDocument doc = new DocumentParser().parse("cut.txt", cut.getBytes(StandardCharsets.UTF_8));
    assertEquals(6, doc.rows().size(), "the rows read are kept");
    List<IngestWarning> onLast = doc.warnings().stream().filter(w -> doc.rows().get(5).id().equals(w.rowId())).toList();
    assertTrue(onLast.stream().anyMatch(w -> w.message().contains("ends inside a name ('县水务')")), onLast.toString());
    assertTrue(onLast.stream().anyMatch(w -> "supportUnits".equals(w.field()) && w.message().contains("cut short")), onLast.toString());
  }

  @Test
  void theWholeDocumentHasNoSuchWarning() throws Exception {
    ParsedDocument doc = new DocumentParser().parse(YUNXI);
    assertTrue(doc.warnings().stream().noneMatch(w -> w.message().contains("cut short")), doc.warnings().toString());
  }
}
