package org.fenjie.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.Block;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.SourceText;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.ingest.rows.DocumentHeaderReader;
import org.fenjie.ingest.rows.GridRows;
import org.fenjie.model.ParsedDocument;

/**
 * A table its reader found as a grid of cells (a Word or HTML table, PDF columns): claimed when some table
 * has a header row of known spellings followed by numbered rows. The paragraphs before that table give
 * the document header; the tables after it continue it (a table split by page or section breaks) with the
 * heading paragraphs between them ("一、…") as section rows; text after the last table is not read.
 */
public final class GridTableLayout implements DocumentLayout {
  @Override
  public String name() {
    return "grid-table";
  }

  @Override
  public boolean claims(DocumentBlocks doc) {
    return first(doc) >= 0;
  }

  @Override
  public ParsedDocument parse(DocumentBlocks doc) throws MalformedDocumentException {
    int first = first(doc);
    if (first < 0) {
      throw new MalformedDocumentException(doc.source(), 0, "no table with a header row (序号, 目标任务, 责任单位 …)");
    }
    List<Block> blocks = doc.blocks();
    SourceText before = SourceText.of(new DocumentBlocks(doc.source(), doc.format(), blocks.subList(0, first), List.of()));
    int last = first;
    for (int i = first; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof TableBlock) {
        last = i;
      }
    }
    List<TableBlock> parts = new ArrayList<>();
    for (Block b : blocks.subList(first, last + 1)) {
      if (b instanceof TableBlock t) {
        parts.add(t);
      } else if (b instanceof TextBlock t && !t.text().isBlank()) {
        parts.add(new TableBlock(List.of(List.of(Cell.of(t.text(), t.at()))), t.at()));
      }
    }
    return GridRows.parse(doc.source(), DocumentHeaderReader.read(before, before.lines().size()), joined(parts), Map.of());
  }

  /** Index of the first block that is a table with a header row and numbered rows, or -1. */
  private static int first(DocumentBlocks doc) {
    for (int i = 0; i < doc.blocks().size(); i++) {
      if (doc.blocks().get(i) instanceof TableBlock t && GridRows.hasHeaderAndRows(t)) {
        return i;
      }
    }
    return -1;
  }

  /** The tables one after another as one grid, narrower ones padded with empty cells on the right. */
  private static TableBlock joined(List<TableBlock> parts) {
    int width = parts.stream().mapToInt(TableBlock::width).max().orElse(1);
    List<List<Cell>> rows = new ArrayList<>();
    for (TableBlock t : parts) {
      for (List<Cell> r : t.rows()) {
        List<Cell> row = new ArrayList<>(r);
        while (row.size() < width) {
          row.add(Cell.of("", r.isEmpty() ? t.at() : r.get(0).at()));
        }
        rows.add(row);
      }
    }
    return new TableBlock(rows, parts.get(0).at());
  }
}
