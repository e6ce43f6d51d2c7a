package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the headings seen before and inside each row into each row's section path (outermost
 * first). Rows without heading cells inherit the current section; a heading repeated at a page
 * break keeps its first printed wording; a block's first rows before its "(一)" label (printed
 * mid-block) get that label; rows a page break attributed to the next chapter although their
 * sub-section continues the previous chapter's numbering ("七、" + "(三)" when 七's own "(一)"
 * comes later and 六 ended at "(二)") are given back to the previous chapter. A chapter reprinted
 * at a page break with an empty sub-section cell ends the sub-section; when the next label does not
 * follow in number, the rows up to it keep the chapter only (the label is lost in the source).
 */
final class SectionResolver {
  private static final int NONE = -1;

  /** A numbering jump found while resolving: the row index and what is wrong. */
  record Note(int row, String message) {}

  private final List<List<Heading>> observed;
  private final int[] top;
  private final int[] sub;
  private final String[] subLabelAt;
  private final Map<Integer, String> topLabels = new HashMap<>();
  private final List<Note> notes = new ArrayList<>();

  SectionResolver(List<List<Heading>> observedPerRow) {
    this.observed = observedPerRow;
    int n = observedPerRow.size();
    top = new int[n];
    sub = new int[n];
    subLabelAt = new String[n];
  }

  List<List<String>> resolve() {
    follow();
    giveBackContinuedNumbering();
    backfillFirstLabels();
    return labels();
  }

  List<Note> notes() {
    return notes;
  }

  private void follow() {
    int curTop = NONE;
    int curSub = NONE;
    Map<String, Integer> categories = new HashMap<>();
    for (int i = 0; i < observed.size(); i++) {
      boolean rowHasSub = observed.get(i).stream().anyMatch(h -> h.level() == 2);
      for (Heading h : observed.get(i)) {
        if (h.level() == 1) {
          int key = h.number() > 0 ? h.number() : 1000 + categories.computeIfAbsent(h.label(), k -> categories.size());
          topLabels.putIfAbsent(key, h.label());
          if (key != curTop || !rowHasSub) {
            // a page break reprints every merged cell that goes on: a chapter reprinted with an
            // empty sub-section cell means the previous sub-section ended on the page before
            curTop = key;
            curSub = NONE;
          }
        } else {
          curSub = h.number();
          subLabelAt[i] = h.label();
        }
      }
      top[i] = curTop;
      sub[i] = curSub;
    }
  }

  private void giveBackContinuedNumbering() {
    for (int start = 1; start < top.length; start++) {
      if (top[start] == top[start - 1] || sub[start] <= 1) {
        continue;
      }
      int prevTop = top[start - 1];
      int prevSub = sub[start - 1];
      int firstOne = start;
      while (firstOne < top.length && top[firstOne] == top[start] && sub[firstOne] != 1) {
        firstOne++;
      }
      boolean laterOne = firstOne < top.length && top[firstOne] == top[start];
      if (laterOne && prevSub == sub[start] - 1) {
        for (int i = start; i < firstOne && sub[i] == sub[start]; i++) {
          top[i] = prevTop;
        }
      }
    }
  }

  /**
   * A run of rows without a sub-section inside a chapter gets the label of the row right after it
   * when that label's number follows the one before the run ("(一)" at a chapter's start, "(三)"
   * after "(二)"): the label was printed in the middle of its block. Otherwise the label is lost in
   * the source and the rows keep the chapter only.
   */
  private void backfillFirstLabels() {
    int i = 0;
    while (i < top.length) {
      if (top[i] == NONE || sub[i] != NONE) {
        i++;
        continue;
      }
      int end = i;
      while (end < top.length && top[end] == top[i] && sub[end] == NONE) {
        end++;
      }
      int before = i > 0 && top[i - 1] == top[i] ? sub[i - 1] : 0;
      boolean labelledAfter = end < top.length && top[end] == top[i];
      if (labelledAfter && sub[end] == before + 1) {
        Arrays.fill(sub, i, end, sub[end]);
      } else if (labelledAfter && sub[end] > before + 1) {
        notes.add(new Note(i, "sub-section label lost in the source (numbering goes from " + before + " to " + sub[end]
            + "); rows up to the next label keep the chapter only"));
      }
      i = end;
    }
  }

  private List<List<String>> labels() {
    Map<String, String> subLabels = new HashMap<>();
    for (int i = 0; i < top.length; i++) {
      if (subLabelAt[i] != null && sub[i] != NONE) {
        subLabels.putIfAbsent(top[i] + "/" + sub[i], subLabelAt[i]);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < top.length; i++) {
      List<String> path = new ArrayList<>();
      if (top[i] != NONE) {
        path.add(topLabels.get(top[i]));
      }
      String s = subLabels.get(top[i] + "/" + sub[i]);
      if (sub[i] != NONE && s != null) {
        path.add(s);
      }
      noteJump(i);
      out.add(path);
    }
    return out;
  }

  private void noteJump(int i) {
    if (i > 0 && top[i] == top[i - 1] && sub[i - 1] != NONE && sub[i] > sub[i - 1] + 1) {
      notes.add(new Note(i, "sub-section numbering jumps from " + sub[i - 1] + " to " + sub[i]
          + ": a heading is missing in the source, the rows before keep the earlier sub-section"));
    }
  }
}
