package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, across a whole document, which space-separated pieces of a unit cell are one unit
 * when the lexical rules of {@link UnitCell} cannot tell ("泉州半导体高新区 晋江办事处" is one unit,
 * "工信局 市场监管局" are two). Evidence: a row has one 责任领导 per unit, so a row with more
 * pieces than leaders holds a broken name; a piece seen standing alone (a row whose pieces and
 * leaders match in number) is a whole unit; a join made in one row is made wherever the same two
 * pieces meet; a piece starting with the county's own name ("晋江分指挥部") is likelier a tail.
 */
final class UnitGrouping {
  private final String regionStem;
  private final Set<String> whole = new HashSet<>();
  private final Set<String> learned = new HashSet<>();

  /** @param regionStem the region without its 市/县/区 suffix, e.g. "晋江" */
  UnitGrouping(String regionStem) {
    this.regionStem = regionStem;
  }

  /** Joins pieces of lead-unit cells using leader counts (-1 where unknown); then applies learned joins to {@code others}. */
  void apply(List<UnitCell> leads, List<Integer> leaderCounts, List<UnitCell> others) {
    for (int i = 0; i < leads.size(); i++) {
      UnitCell c = leads.get(i);
      if (c.groupCount() == 1 || (leaderCounts.get(i) > 0 && c.groupCount() == leaderCounts.get(i))) {
        whole.addAll(c.names());
      }
    }
    boolean changed = true;
    for (int round = 0; changed && round < 20; round++) {
      changed = false;
      for (int i = 0; i < leads.size(); i++) {
        changed |= joinOne(leads.get(i), leaderCounts.get(i), false);
      }
      if (!changed) {
        for (int i = 0; i < leads.size() && !changed; i++) {
          changed = joinOne(leads.get(i), leaderCounts.get(i), true);
        }
      }
    }
    List<UnitCell> all = new ArrayList<>(leads);
    all.addAll(others);
    all.forEach(this::applyLearned);
  }

  /** Joins one pair of pieces in a row with more pieces than leaders; ties only when {@code breakTies}. */
  private boolean joinOne(UnitCell cell, int leaders, boolean breakTies) {
    if (leaders <= 0 || cell.groupCount() <= leaders) {
      return false;
    }
    List<Integer> starts = cell.groupStarts();
    int best = -1;
    int bestScore = 0;
    boolean tie = false;
    for (int g = 0; g + 1 < starts.size(); g++) {
      String a = cell.groupName(starts.get(g));
      String b = cell.groupName(starts.get(g + 1));
      if (whole.contains(a) || whole.contains(b)) {
        continue;
      }
      int score = learned.contains(a + "|" + b) ? 3 : b.startsWith(regionStem) ? 2 : 1;
      if (score > bestScore) {
        best = g;
        bestScore = score;
        tie = false;
      } else if (score == bestScore) {
        tie = true;
      }
    }
    if (best < 0 || (tie && !breakTies)) {
      return false;
    }
    String a = cell.groupName(starts.get(best));
    String b = cell.groupName(starts.get(best + 1));
    learned.add(a + "|" + b);
    cell.joinAfter(starts.get(best));
    whole.add(a + b);
    return true;
  }

  private void applyLearned(UnitCell cell) {
    boolean changed = true;
    while (changed) {
      changed = false;
      List<Integer> starts = cell.groupStarts();
      for (int g = 0; g + 1 < starts.size() && !changed; g++) {
        if (learned.contains(cell.groupName(starts.get(g)) + "|" + cell.groupName(starts.get(g + 1)))) {
          cell.joinAfter(starts.get(g));
          changed = true;
        }
      }
    }
  }
}
