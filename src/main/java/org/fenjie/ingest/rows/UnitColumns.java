package org.fenjie.ingest.rows;

import org.fenjie.ingest.names.PersonNames;

import java.util.ArrayList;
import java.util.List;
import org.fenjie.model.Leader;

/**
 * The unit and people columns of a whole table, decided together: unit cells split into names
 * (with leader counts as evidence, see {@link UnitGrouping}), leader and overseer cells into
 * people, and leaders paired with the lead units (see {@link LeaderPairing}).
 */
final class UnitColumns {
  private final List<UnitCell> leads = new ArrayList<>();
  private final List<UnitCell> supports = new ArrayList<>();
  private final List<List<String>> leaderNames = new ArrayList<>();
  private final List<List<String>> overseers = new ArrayList<>();
  private final LeaderPairing pairing = new LeaderPairing();

  /** Something about row {@code row}'s {@code field} (a row key) worth a human look. */
  record Note(int row, String field, String message) {}

  private final boolean hasLeaders;

  UnitColumns(List<RowDraft> drafts, String regionStem) {
    hasLeaders = drafts.stream().anyMatch(d -> !d.cell(ColumnRole.LEADERS).isBlank());
    List<Integer> counts = new ArrayList<>();
    for (RowDraft d : drafts) {
      leads.add(new UnitCell(d.cell(ColumnRole.LEAD_UNITS)));
      supports.add(new UnitCell(d.cell(ColumnRole.SUPPORT_UNITS)));
      List<String> names = PersonNames.of(d.cell(ColumnRole.LEADERS));
      leaderNames.add(names);
      overseers.add(PersonNames.of(d.cell(ColumnRole.OVERSEERS)));
      counts.add(names.isEmpty() ? -1 : names.size());
    }
    new UnitGrouping(regionStem).apply(leads, counts, supports);
  }

  List<String> lead(int row) {
    return leads.get(row).names();
  }

  List<String> support(int row) {
    return supports.get(row).names();
  }

  List<String> overseers(int row) {
    return overseers.get(row);
  }

  List<List<Leader>> leaders() {
    return pairing.pair(leads.stream().map(UnitCell::names).toList(), leaderNames);
  }

  /**
   * Pairing decisions, and — in a table without 责任领导 to count units against — unit cells whose split
   * could not be decided and were kept as one unit.
   */
  List<Note> notes() {
    List<Note> out = new ArrayList<>();
    pairing.notes().forEach(n -> out.add(new Note(n.row(), "leaders", n.message())));
    if (!hasLeaders) {
      for (int i = 0; i < leads.size(); i++) {
        doubts(out, i, "leadUnits", leads.get(i));
        doubts(out, i, "supportUnits", supports.get(i));
      }
    }
    return out;
  }

  private static void doubts(List<Note> out, int row, String field, UnitCell cell) {
    for (String d : cell.doubtfulJoins()) {
      out.add(new Note(row, field, "kept '" + d + "' as one unit: the first part does not end like a unit name,"
          + " the second could start one; check whether these are two units"));
    }
  }
}
