package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.model.Leader;

/**
 * Pairs each 责任领导 with the unit they head. Position is the first guess (the n-th leader heads
 * the n-th unit); what the rest of the document says about a leader–unit pair overrides it: every
 * row whose units and leaders match in number votes for its positional pairs, so when a row lists
 * fewer leaders than units, or in another order, each leader goes to the unit other rows give them.
 * A leader whose title names the unit ("各市属国企负责人") goes to that unit.
 */
final class LeaderPairing {
  /** A pairing decision worth a human look: the row index and why. */
  record Note(int row, String message) {}

  private final Map<String, Integer> votes = new HashMap<>();
  private final List<Note> notes = new ArrayList<>();

  /** Pairs every row; {@code units.get(i)} and {@code leaders.get(i)} are row i's lead units and leaders. */
  List<List<Leader>> pair(List<List<String>> units, List<List<String>> leaders) {
    for (int i = 0; i < units.size(); i++) {
      vote(units.get(i), leaders.get(i), +1);
    }
    List<List<Leader>> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      vote(units.get(i), leaders.get(i), -1); // a row is not evidence for itself
      out.add(pairRow(i, units.get(i), leaders.get(i)));
      vote(units.get(i), leaders.get(i), +1);
    }
    return out;
  }

  List<Note> notes() {
    return notes;
  }

  private void vote(List<String> units, List<String> leaders, int delta) {
    if (units.size() != leaders.size()) {
      return;
    }
    int weight = units.size() == 1 ? 2 : 1;
    for (int k = 0; k < units.size(); k++) {
      votes.merge(key(leaders.get(k), units.get(k)), delta * weight, Integer::sum);
    }
  }

  private List<Leader> pairRow(int row, List<String> units, List<String> leaders) {
    String[] unitOf = new String[leaders.size()];
    boolean[] taken = new boolean[units.size()];
    assignByEvidence(units, leaders, unitOf, taken);
    int next = 0;
    List<Leader> out = new ArrayList<>();
    for (int l = 0; l < leaders.size(); l++) {
      if (unitOf[l] == null) {
        while (next < units.size() && taken[next]) {
          next++;
        }
        if (next < units.size()) {
          unitOf[l] = units.get(next);
          taken[next] = true;
        } else {
          notes.add(new Note(row, "no unit left for leader " + leaders.get(l) + " (more leaders than units)"));
        }
      }
      if (unitOf[l] != null && l < units.size() && !unitOf[l].equals(units.get(l)) && units.size() == leaders.size()) {
        notes.add(new Note(row, leaders.get(l) + " paired with " + unitOf[l] + " as other rows say, not with "
            + units.get(l) + " by position"));
      }
      out.add(new Leader(leaders.get(l), unitOf[l]));
    }
    return out;
  }

  /** Greedy: strongest evidence first, positional agreement breaking ties. */
  private void assignByEvidence(List<String> units, List<String> leaders, String[] unitOf, boolean[] taken) {
    List<int[]> pairs = new ArrayList<>();
    for (int l = 0; l < leaders.size(); l++) {
      for (int u = 0; u < units.size(); u++) {
        int score = evidence(leaders.get(l), units.get(u));
        if (score > 0) {
          pairs.add(new int[] {score, l, u});
        }
      }
    }
    pairs.sort((a, b) -> a[0] != b[0] ? b[0] - a[0] : Math.abs(a[1] - a[2]) - Math.abs(b[1] - b[2]));
    for (int[] p : pairs) {
      if (unitOf[p[1]] == null && !taken[p[2]]) {
        unitOf[p[1]] = units.get(p[2]);
        taken[p[2]] = true;
      }
    }
  }

  private int evidence(String leader, String unit) {
    int v = votes.getOrDefault(key(leader, unit), 0);
    return leader.startsWith(unit) ? v + 10 : v;
  }

  private static String key(String leader, String unit) {
    return leader + "\u0000" + unit;
  }
}
