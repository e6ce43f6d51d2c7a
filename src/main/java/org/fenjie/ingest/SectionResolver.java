package org.fenjie.ingest;

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
 * comes later and 六 ended at "(二)") are given back to the previous chapter.
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
      for (Heading h : observed.get(i)) {
        if (h.level() == 1) {
          int key = h.number() > 0 ? h.number() : 1000 + categories.computeIfAbsent(h.label(), k -> categories.size());
          topLabels.putIfAbsent(key, h.label());
          if (key != curTop) {
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

  private void backfillFirstLabels() {
    for (int start = 0; start < top.length; start++) {
      if (top[start] == NONE || sub[start] != NONE || (start > 0 && top[start - 1] == top[start])) {
        continue;
      }
      int j = start;
      while (j < top.length && top[j] == top[start] && sub[j] == NONE) {
        j++;
      }
      if (j < top.length && top[j] == top[start] && sub[j] == 1) {
        Arrays.fill(sub, start, j, 1);
      }
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
    if (i > 0 && top[i] == top[i - 1] && sub[i] > sub[i - 1] + 1 && sub[i - 1] != NONE) {
      notes.add(new Note(i, "sub-section numbering jumps from " + sub[i - 1] + " to " + sub[i]
          + ": a heading is missing in the source, the rows before keep the earlier sub-section"));
    }
  }
}
