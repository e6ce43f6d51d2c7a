package org.fenjie.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-joins a paragraph that a page break cut exactly at a sentence end, inside a run of parallel
 * paragraphs. A report's review is written as a series ("一年来，我们全力抓经济…", "一年来，我们全力抓
 * 创新…"); a paragraph sitting inside that series without its opening words is the rest of the one
 * before it. Paragraphs before the first or after the last of the series are never touched.
 */
final class ParallelParagraphs {

  /** Characters that make up a series' shared opening ("一年来"). */
  private static final int OPENING = 3;
  /** A series needs this many paragraphs before its opening counts as the paragraph pattern. */
  private static final int MIN_SERIES = 3;

  private ParallelParagraphs() {}

  static List<String> join(List<String> paragraphs) {
    String opening = seriesOpening(paragraphs);
    if (opening == null) {
      return paragraphs;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).startsWith(opening)) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (i > first && i <= last && !p.startsWith(opening)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + p);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** The opening most paragraphs share, if at least {@link #MIN_SERIES} do. */
  private static String seriesOpening(List<String> paragraphs) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (String p : paragraphs) {
      if (p.length() > OPENING) {
        String o = p.substring(0, OPENING);
        int n = counts.merge(o, 1, Integer::sum);
        if (n >= MIN_SERIES && (best == null || n > counts.get(best))) {
          best = o;
        }
      }
    }
    return best;
  }
}
