package org.fenjie.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.block.Block;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A reader's grid goes through the same row builder as a text table: the 云溪 document as a Word or HTML
 * reader yields it (paragraphs, then one table whose heading rows are one cell spanning every column, on
 * page 2) gives exactly the golden rows of the text fixture, with the page.
 */
class GridTableLayoutTest {
  private static final String FIXTURE = LayoutContractTest.FIXTURES + "line-table/yunxi_2026_measures_overseers_deadlines";

  @Test
  void aReadersGridGivesTheSameRowsAsTheTextTable() throws Exception {
    List<Block> blocks = new ArrayList<>();
    List<List<Cell>> grid = new ArrayList<>();
    int width = 8;
    for (String line : Files.readAllLines(Path.of(FIXTURE + ".txt"), StandardCharsets.UTF_8)) {
      if (line.contains("\t")) {
        List<Cell> row = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
          row.add(Cell.of(c, Location.page(2)));
        }
        grid.add(row);
      } else if (!grid.isEmpty() && !line.isBlank()) {
        Cell first = Cell.of(line, Location.page(2));
        List<Cell> row = new ArrayList<>(List.of(first));
        row.addAll(Collections.nCopies(width - 1, new Cell(line, true, Location.page(2))));
        grid.add(row);
      } else if (grid.isEmpty()) {
        blocks.add(new TextBlock(line, Location.page(1)));
      }
    }
    blocks.add(new TableBlock(grid, Location.page(2)));
    ParsedDocument doc = new DocumentParser().parse(
        new DocumentBlocks("yunxi_2026_measures_overseers_deadlines.txt", "docx", blocks, List.of()));
    assertEquals(List.of(2), doc.rows().stream().map(r -> r.page()).distinct().toList());
    List<org.fenjie.model.TaskRow> withoutPage = doc.rows().stream().map(r -> new org.fenjie.model.TaskRow(r.id(),
        r.region(), r.year(), r.kind(), r.docNo(), r.docTitle(), r.docDate(), r.source(), r.section(), r.seq(), r.task(),
        r.leadUnits(), r.supportUnits(), r.leaders(), r.overseers(), r.deadline(), r.deadlineDate(), r.extra(), null)).toList();
    assertEquals(GoldenRows.read(Path.of(FIXTURE + ".golden.jsonl")), withoutPage);
  }
}
