package org.fenjie.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.fenjie.ingest.read.PdfGlyphs.Glyph;
import org.fenjie.ingest.read.PdfGlyphs.Line;

/**
 * The column bands of a PDF table, from its header row: each header cell (its lines joined, "牵头县领" over
 * "导") is one column, and the boundary between two columns is put where the table's body glyphs are
 * thinnest between their header texts (cell text runs wider than a centred header, and in a table without
 * cell padding the texts of two columns abut).
 */
record PdfColumns(List<String> headers, float[] bounds, float seqLeft, float seqRight) {

  /** Which column an x position falls in. */
  int column(float x) {
    int c = 0;
    while (c < bounds.length && x >= bounds[c]) {
      c++;
    }
    return c;
  }

  int width() {
    return headers.size();
  }

  /** Columns from the header lines (the 序号 line and the wrapped header lines around it) and the body lines. */
  static PdfColumns of(List<Line> headerLines, List<Line> body) {
    List<float[]> spans = new ArrayList<>(); // left, right of each header cell
    List<StringBuilder> texts = new ArrayList<>();
    for (Line l : headerLines) {
      for (List<Glyph> frag : fragments(l)) {
        float left = frag.get(0).x();
        float right = frag.get(frag.size() - 1).right();
        String t = frag.stream().map(Glyph::text).reduce("", String::concat);
        int hit = -1;
        for (int i = 0; i < spans.size(); i++) {
          if (left < spans.get(i)[1] && right > spans.get(i)[0]) {
            hit = i;
          }
        }
        if (hit < 0) {
          spans.add(new float[] {left, right});
          texts.add(new StringBuilder(t));
        } else {
          spans.get(hit)[0] = Math.min(spans.get(hit)[0], left);
          spans.get(hit)[1] = Math.max(spans.get(hit)[1], right);
          texts.get(hit).append(t);
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Float.compare(spans.get(a)[0], spans.get(b)[0]));
    List<String> headers = new ArrayList<>();
    float[] bounds = new float[Math.max(0, order.size() - 1)];
    float seqLeft = 0;
    float seqRight = 0;
    for (int k = 0; k < order.size(); k++) {
      headers.add(texts.get(order.get(k)).toString());
      if (headers.get(k).equals("序号") || headers.get(k).equals("编号")) {
        seqLeft = spans.get(order.get(k))[0];
        seqRight = spans.get(order.get(k))[1];
      }
      if (k > 0) {
        bounds[k - 1] = boundary(spans.get(order.get(k - 1)), spans.get(order.get(k)), body);
      }
    }
    return new PdfColumns(headers, bounds, seqLeft, seqRight);
  }

  /**
   * Where the body's glyphs are thinnest between two header cells' centres: the position fewest glyphs
   * touch (a glyph's edges count, so characters abutting inside a column do not look like a gap), the
   * longest such run, nearest the middle of the gap between the header texts on a tie.
   */
  private static float boundary(float[] left, float[] right, List<Line> body) {
    float from = (left[0] + left[1]) / 2;
    float to = (right[0] + right[1]) / 2;
    float middle = (left[1] + right[0]) / 2;
    int steps = Math.max(1, Math.round((to - from) * 2));
    int[] count = new int[steps + 1];
    for (Line l : body) {
      for (Glyph g : l.glyphs()) {
        int a = Math.max(0, (int) Math.ceil((g.x() - 0.5f - from) * steps / (to - from)));
        int b = Math.min(steps, (int) Math.floor((g.right() + 0.5f - from) * steps / (to - from)));
        for (int s = a; s <= b; s++) {
          count[s]++;
        }
      }
    }
    int min = Integer.MAX_VALUE;
    for (int c : count) {
      min = Math.min(min, c);
    }
    float best = middle;
    int bestLen = -1;
    for (int s = 0; s <= steps; ) {
      if (count[s] != min) {
        s++;
        continue;
      }
      int e = s;
      while (e <= steps && count[e] == min) {
        e++;
      }
      float x = from + (to - from) * (s + e - 1) / 2f / steps;
      if (e - s > bestLen || (e - s == bestLen && Math.abs(x - middle) < Math.abs(best - middle))) {
        bestLen = e - s;
        best = x;
      }
      s = e;
    }
    return best;
  }

  /** Runs of a line's glyphs separated by more than half a line height: the header's cell texts. */
  static List<List<Glyph>> fragments(Line l) {
    List<List<Glyph>> out = new ArrayList<>();
    Glyph prev = null;
    for (Glyph g : l.glyphs()) {
      if (prev == null || g.x() - prev.right() > prev.height() * 0.5f) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(g);
      prev = g;
    }
    return out;
  }
}
