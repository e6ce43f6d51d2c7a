package org.fenjie.ingest.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The visible characters of each page with their positions (PDFBox's text stripper, positions kept). */
final class PdfGlyphs extends PDFTextStripper {
  /** One character: x and the baseline y from the top of the page, width and height, in points. */
  record Glyph(String text, float x, float y, float width, float height) {
    float right() {
      return x + width;
    }
  }

  /** A run of glyphs on one baseline, left to right. */
  record Line(int page, List<Glyph> glyphs) {
    float y() {
      return (float) glyphs.stream().mapToDouble(Glyph::y).average().orElse(0);
    }

    float height() {
      return (float) glyphs.stream().mapToDouble(Glyph::height).max().orElse(10);
    }

    float left() {
      return glyphs.get(0).x();
    }

    String text() {
      StringBuilder s = new StringBuilder();
      Glyph prev = null;
      for (Glyph g : glyphs) {
        // a gap wider than a narrow space between two Chinese characters was a space in print (units
        // "县财政局 县自然资源局"); between digits and Chinese, font metrics leave such gaps without one
        if (prev != null && g.x() - prev.right() > prev.height() * 0.15f && han(prev) == han(g)) {
          s.append(' ');
        }
        s.append(g.text());
        prev = g;
      }
      return s.toString().strip();
    }
  }

  private static boolean han(Glyph g) {
    return Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  private final List<List<Glyph>> pages = new ArrayList<>();

  private PdfGlyphs() throws IOException {
    setSortByPosition(true);
  }

  /** The lines of every page, pages from 1, lines top to bottom. */
  static List<List<Line>> lines(PDDocument doc) throws IOException {
    PdfGlyphs g = new PdfGlyphs();
    for (int p = 0; p < doc.getNumberOfPages(); p++) {
      g.pages.add(new ArrayList<>());
    }
    g.writeText(doc, new StringWriter());
    List<List<Line>> out = new ArrayList<>();
    for (int p = 0; p < g.pages.size(); p++) {
      out.add(group(p + 1, g.pages.get(p)));
    }
    return out;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    List<Glyph> page = pages.get(getCurrentPageNo() - 1);
    for (TextPosition t : positions) {
      String u = t.getUnicode();
      if (u != null && !u.isBlank()) {
        page.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), Math.max(1f, t.getHeightDir())));
      }
    }
  }

  /** Glyphs whose baselines lie within a third of a line height of each other are one line. */
  private static List<Line> group(int page, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y));
    List<List<Glyph>> lines = new ArrayList<>();
    float lineY = Float.NaN;
    for (Glyph g : sorted) {
      if (lines.isEmpty() || Math.abs(g.y() - lineY) > g.height() * 0.3f) {
        lines.add(new ArrayList<>());
        lineY = g.y();
      }
      lines.get(lines.size() - 1).add(g);
    }
    List<Line> out = new ArrayList<>();
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(Glyph::x));
      out.add(new Line(page, List.copyOf(l)));
    }
    return out;
  }
}
