package org.fenjie.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.fenjie.ingest.block.Block;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.DocumentReader;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.ingest.block.UnreadableDocumentException;

/**
 * Word 97–2003 .doc and WPS .wps (both OLE2 compound files) with POI HWPF: paragraphs and tables. Column
 * positions come from the cells' edges, so a cell as wide as two others spans two grid columns; vertical
 * merges are resolved where the file marks them.
 */
final class WordBinaryReader implements DocumentReader {
  /** Cell edges closer than this (twips; 1/20 pt) are one column boundary. */
  private static final int EDGE_TOLERANCE = 30;

  @Override
  public String format() {
    return "doc";
  }

  @Override
  public boolean recognises(byte[] head) {
    return Formats.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  @Override
  public DocumentBlocks read(String source, byte[] bytes) throws UnreadableDocumentException {
    HWPFDocument doc = open(source, bytes);
    try {
      Range range = doc.getRange();
      List<Block> blocks = new ArrayList<>();
      for (int i = 0; i < range.numParagraphs(); i++) {
        Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table t = range.getTable(p);
          TableBlock grid = grid(t);
          if (grid != null) {
            blocks.add(grid);
          }
          i += Math.max(1, t.numParagraphs()) - 1;
          continue;
        }
        String text = WordText.clean(p.text()).strip();
        if (!text.isEmpty()) {
          blocks.add(new TextBlock(text, Location.UNKNOWN));
        }
      }
      return new DocumentBlocks(source, format(), blocks, List.of());
    } catch (RuntimeException e) {
      throw new UnreadableDocumentException(source, "a Word 97–2003 file that cannot be read in full: " + e, e);
    }
  }

  private static HWPFDocument open(String source, byte[] bytes) throws UnreadableDocumentException {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(source, "a damaged OLE2 (.doc/.wps) file: " + e.getMessage(), e);
    }
    DirectoryNode root = fs.getRoot();
    if (!root.hasEntry("WordDocument")) {
      throw new UnreadableDocumentException(source, "an OLE2 file but not a Word document (" + whatOle(root) + ")");
    }
    try {
      return new HWPFDocument(root);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(source, "a .doc/.wps file POI HWPF cannot read ("
          + e.getMessage() + "); save it as .docx or PDF", e);
    }
  }

  private static String whatOle(DirectoryNode root) {
    if (root.hasEntry("EncryptedPackage")) {
      return "a password-protected Office file";
    }
    if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
      return "an Excel workbook";
    }
    if (root.hasEntry("PowerPoint Document")) {
      return "a PowerPoint file";
    }
    return "no WordDocument stream";
  }

  private static TableBlock grid(Table t) {
    List<Integer> edges = columnEdges(t);
    SpanGrid grid = new SpanGrid();
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      grid.startRow(r, Location.UNKNOWN);
      for (int k = 0; k < row.numCells(); k++) {
        TableCell cell = row.getCell(k);
        int from = nearest(edges, cell.getLeftEdge());
        int to = Math.max(from + 1, nearest(edges, cell.getLeftEdge() + cell.getWidth()));
        from = grid.nextFree(r, from);
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
          grid.continueFromAbove(r, from, to - from);
        } else if (cell.isMerged() && !cell.isFirstMerged() && from > 0 && grid.cell(r, from - 1) != null) {
          grid.place(r, from, 1, to - from, grid.cell(r, from - 1).text(), Location.UNKNOWN);
        } else {
          grid.place(r, from, 1, to - from, cellText(cell), Location.UNKNOWN);
        }
      }
    }
    return grid.table(Location.UNKNOWN);
  }

  private static String cellText(TableCell cell) {
    List<String> lines = new ArrayList<>();
    for (int j = 0; j < cell.numParagraphs(); j++) {
      lines.add(WordText.clean(cell.getParagraph(j).text()));
    }
    return WordText.joinLines(lines);
  }

  /** Every distinct left and right cell edge of the table, near-equal ones taken as one. */
  private static List<Integer> columnEdges(Table t) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      for (int k = 0; k < row.numCells(); k++) {
        all.add((int) row.getCell(k).getLeftEdge());
        all.add(row.getCell(k).getLeftEdge() + row.getCell(k).getWidth());
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int e : all) {
      if (edges.isEmpty() || e - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
        edges.add(e);
      }
    }
    return edges;
  }

  private static int nearest(List<Integer> edges, int x) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    return Math.min(best, SpanGrid.MAX_COLUMNS - 1);
  }
}
