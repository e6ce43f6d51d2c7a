package org.fenjie.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fenjie.ingest.block.Block;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.DocumentReader;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.ingest.block.UnreadableDocumentException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word .docx (POI XWPF): the body in order, paragraphs as text blocks and tables as grids with gridSpan,
 * vMerge and the legacy hMerge resolved; a table nested in a cell becomes lines of that cell.
 */
final class DocxReader implements DocumentReader {

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public boolean recognises(byte[] head) {
    return Formats.startsWith(head, 'P', 'K', 3, 4);
  }

  @Override
  public DocumentBlocks read(String source, byte[] bytes) throws UnreadableDocumentException {
    Set<String> entries = ZipContainer.check(source, bytes);
    if (!entries.contains("word/document.xml")) {
      throw new UnreadableDocumentException(source, "a zip archive but not a Word document (" + whatZip(entries) + ")");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<Block> blocks = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          addText(blocks, p.getText());
        } else if (e instanceof XWPFTable t) {
          TableBlock table = grid(t);
          if (table != null) {
            blocks.add(table);
          }
        } else if (e instanceof XWPFSDT sdt) {
          for (String line : sdt.getContent().getText().split("\n")) {
            addText(blocks, line);
          }
        }
      }
      return new DocumentBlocks(source, format(), blocks, List.of());
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(source, "not a readable Word document: " + e.getMessage(), e);
    }
  }

  private static String whatZip(Set<String> entries) {
    if (entries.contains("xl/workbook.xml")) {
      return "an Excel workbook; save the table as .docx or PDF";
    }
    if (entries.contains("ppt/presentation.xml")) {
      return "a PowerPoint file";
    }
    if (entries.contains("content.xml")) {
      return "an OpenDocument file; save it as .docx";
    }
    return "no word/document.xml";
  }

  private static void addText(List<Block> blocks, String text) {
    String t = WordText.clean(text);
    if (!t.isBlank()) {
      blocks.add(new TextBlock(t.strip(), Location.UNKNOWN));
    }
  }

  static TableBlock grid(XWPFTable table) {
    SpanGrid grid = new SpanGrid();
    List<XWPFTableRow> rows = table.getRows();
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = rows.get(r);
      grid.startRow(r, Location.UNKNOWN);
      int col = gridBefore(row.getCtRow().getTrPr());
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = gridSpan(pr);
        if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
          col = grid.continueFromAbove(r, col, span);
        } else if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART && col > 0) {
          // the legacy horizontal merge: these positions continue the cell on their left
          col = grid.place(r, col, 1, span, grid.cell(r, col - 1).text(), grid.cell(r, col - 1).at());
        } else {
          col = grid.place(r, col, 1, span, cellText(cell), Location.UNKNOWN);
        }
      }
    }
    return grid.table(Location.UNKNOWN);
  }

  /** The cell's paragraphs joined with '\n'; a nested table's rows become lines, its cells joined by a space. */
  private static String cellText(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        lines.add(WordText.clean(p.getText()).strip());
      } else if (e instanceof XWPFTable nested) {
        for (XWPFTableRow row : nested.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell c : row.getTableCells()) {
            String t = cellText(c).replace('\n', ' ').strip();
            if (!t.isEmpty()) {
              cells.add(t);
            }
          }
          lines.add(String.join(" ", cells));
        }
      }
    }
    return WordText.joinLines(lines);
  }

  private static int gridSpan(CTTcPr pr) {
    if (pr == null || !pr.isSetGridSpan()) {
      return 1;
    }
    BigInteger v = pr.getGridSpan().getVal();
    return v == null ? 1 : Math.max(1, Math.min(v.intValue(), SpanGrid.MAX_COLUMNS));
  }

  private static int gridBefore(CTTrPr pr) {
    if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
      return 0;
    }
    return Math.max(0, Math.min(pr.getGridBeforeArray(0).getVal().intValue(), SpanGrid.MAX_COLUMNS - 1));
  }
}
