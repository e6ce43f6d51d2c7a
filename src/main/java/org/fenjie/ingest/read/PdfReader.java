package org.fenjie.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.fenjie.ingest.block.Block;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.DocumentReader;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TextBlock;
import org.fenjie.ingest.block.UnreadableDocumentException;
import org.fenjie.ingest.read.PdfGlyphs.Glyph;
import org.fenjie.ingest.read.PdfGlyphs.Line;
import org.fenjie.model.IngestWarning;

/**
 * PDF (PDFBox 3) read from the positions of its text: the lines before the table header (文号, title,
 * date) as text blocks with their page, the table from the header row with 序号 on as one grid across
 * pages (its header row reprinted on later pages and the page numbers dropped), the lines after it as text.
 * A PDF without a text layer, or one that needs a password, is refused; one cut short is read with a warning.
 */
final class PdfReader implements DocumentReader {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–－─\\s]*\\d{1,4}[-—–－─\\s]*|第\\s*\\d{1,4}\\s*页.*|\\d{1,4}\\s*/\\s*\\d{1,4}");
  private static final Pattern DASHED = Pattern.compile(".*[-—–－─第页/].*");

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public boolean recognises(byte[] head) {
    return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
  }

  @Override
  public DocumentBlocks read(String source, byte[] bytes) throws UnreadableDocumentException {
    List<IngestWarning> warnings = new ArrayList<>();
    String tail = new String(bytes, Math.max(0, bytes.length - 2048), Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      warnings.add(new IngestWarning(source, null, null, null, null,
          "the PDF does not end with %%EOF: cut short? read only in part"));
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() > ReadLimits.MAX_PDF_PAGES) {
        throw new UnreadableDocumentException(source, "a PDF of " + doc.getNumberOfPages() + " pages, more than the "
            + ReadLimits.MAX_PDF_PAGES + " a document may have");
      }
      List<Line> lines = new ArrayList<>();
      for (List<Line> page : PdfGlyphs.lines(doc)) {
        lines.addAll(withoutPageNumbers(page));
      }
      if (lines.isEmpty()) {
        throw new UnreadableDocumentException(source, "no text layer (a scanned PDF?): " + doc.getNumberOfPages()
            + " page(s) and not one character of text; run OCR or get the text version");
      }
      return new DocumentBlocks(source, format(), blocks(lines), warnings);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(source, "the PDF is encrypted and needs a password to be opened", e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(source, "not a readable PDF (damaged or cut short?): " + e.getMessage(), e);
    }
  }

  /** Text lines up to the table header, the table, then the remaining lines. */
  private static List<Block> blocks(List<Line> lines) {
    List<Block> blocks = new ArrayList<>();
    int h = 0;
    while (h < lines.size() && !isHeaderLine(lines.get(h))) {
      h++;
    }
    if (h == lines.size()) { // no table: every line is text (a prose layout may still read it)
      lines.forEach(l -> blocks.add(text(l)));
      return blocks;
    }
    int first = h;
    while (first > 0 && isWrappedHeader(lines.get(first - 1), lines.get(h), true)) {
      first--;
    }
    int last = h;
    while (last + 1 < lines.size() && isWrappedHeader(lines.get(last + 1), lines.get(h), false)) {
      last++;
    }
    for (int i = 0; i < first; i++) {
      blocks.add(text(lines.get(i)));
    }
    List<Line> body = new ArrayList<>();
    int end = last + 1;
    for (; end < lines.size(); end++) {
      Line l = lines.get(end);
      if (isHeaderLine(l) && end > last + 1) { // the header row reprinted at a page break
        while (end + 1 < lines.size() && isWrappedHeader(lines.get(end + 1), l, false)) {
          end++;
        }
        body.removeIf(b -> b.page() == l.page() && b.y() < l.y() && isWrappedHeader(b, l, true));
        continue;
      }
      if (endsTable(body, l) || isNoteUnderTable(l, lines.subList(first, last + 1))) {
        break;
      }
      body.add(l);
    }
    PdfColumns cols = PdfColumns.of(lines.subList(first, last + 1), body);
    blocks.add(PdfTable.grid(cols, body, lines.get(h).page()));
    for (int i = end; i < lines.size(); i++) {
      blocks.add(text(lines.get(i)));
    }
    return blocks;
  }

  /** After the table: a line after a gap of more than two and a half lines on the same page. */
  private static boolean endsTable(List<Line> body, Line l) {
    if (body.isEmpty()) {
      return false;
    }
    Line prev = body.get(body.size() - 1);
    return prev.page() == l.page() && l.y() - prev.y() > 2.5f * l.height() + prev.height();
  }

  /**
   * A line that starts under the first header cell and runs on past the second one without a pause: a note
   * printed under the table ("注：…"), not a cell, which would stop at its column's edge.
   */
  private static boolean isNoteUnderTable(Line l, List<Line> header) {
    List<List<Glyph>> heads = new ArrayList<>();
    header.forEach(h -> heads.addAll(PdfColumns.fragments(h)));
    heads.sort((a, b) -> Float.compare(a.get(0).x(), b.get(0).x()));
    if (heads.size() < 3) {
      return false;
    }
    List<Glyph> run = PdfColumns.fragments(l).get(0);
    float secondHeaderRight = heads.get(1).get(heads.get(1).size() - 1).right();
    return run.get(0).x() < heads.get(1).get(0).x() && run.get(run.size() - 1).right() > secondHeaderRight
        && !l.text().matches("^[一二三四五六七八九十]+、.*|^[（(][一二三四五六七八九十]+[)）].*");
  }

  private static boolean isHeaderLine(Line l) {
    return PdfColumns.fragments(l).stream().anyMatch(f -> {
      String t = f.stream().map(Glyph::text).reduce("", String::concat);
      return t.equals("序号") || t.equals("编号");
    }) && l.text().matches(".*(任务|工作|内容|单位|事项|举措|措施).*");
  }

  /** A header cell wrapped onto a line just above or below the 序号 line: close by, short, nothing under 序号. */
  private static boolean isWrappedHeader(Line l, Line seqLine, boolean above) {
    float dy = above ? seqLine.y() - l.y() : l.y() - seqLine.y();
    if (l.page() != seqLine.page() || dy <= 0 || dy > 1.6f * seqLine.height()) {
      return false;
    }
    Glyph seq = PdfColumns.fragments(seqLine).stream()
        .filter(f -> f.stream().map(Glyph::text).reduce("", String::concat).matches("序号|编号")).findFirst()
        .map(f -> f.get(0)).orElse(null);
    boolean underSeq = seq != null && l.glyphs().stream().anyMatch(g -> g.x() < seq.x() + 2 * seq.width() && g.right() > seq.x());
    return !underSeq && PdfColumns.fragments(l).stream().allMatch(f -> f.size() <= 6);
  }

  /** Page numbers ("- 3 -", "第3页", "3/12") printed as the first or last line of a page are not content. */
  private static List<Line> withoutPageNumbers(List<Line> page) {
    List<Line> kept = new ArrayList<>(page);
    for (int k = 0; k < 2 && !kept.isEmpty(); k++) {
      int i = k == 0 ? kept.size() - 1 : 0;
      String t = kept.get(i).text();
      if (PAGE_NUMBER.matcher(t).matches() && DASHED.matcher(t).matches()) {
        kept.remove(i);
      }
    }
    return kept;
  }

  private static TextBlock text(Line l) {
    return new TextBlock(l.text(), Location.page(l.page()));
  }
}
