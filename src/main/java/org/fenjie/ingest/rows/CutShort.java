package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.List;
import org.fenjie.model.TaskRow;

/**
 * Signs that a table was cut short (a file truncated, a page lost): its last row lacks a cell that the
 * header and every other row have, or its last printed unit ends inside a name ("区属国有企"). The rows are
 * kept; the document gets a warning on its last row.
 */
final class CutShort {
  /** Too few rows and "every other row" proves nothing. */
  private static final int MIN_OTHER_ROWS = 2;

  /** One sign: the row field it concerns and what was seen. */
  record Sign(String field, String message) {}

  private final TableHeader header;

  CutShort(TableHeader header) {
    this.header = header;
  }

  List<Sign> check(List<RowDraft> drafts, List<TaskRow> rows) {
    List<Sign> out = new ArrayList<>();
    if (drafts.size() <= MIN_OTHER_ROWS) {
      return out;
    }
    RowDraft last = drafts.get(drafts.size() - 1);
    List<RowDraft> others = drafts.subList(0, drafts.size() - 1);
    for (int k = 0; k < header.afterTask().size(); k++) {
      ColumnRole role = header.afterTask().get(k);
      String printed = header.namesAfterTask().get(k);
      if (role == ColumnRole.OTHER || role == ColumnRole.SECTION || !last.cell(role).isBlank()) {
        continue;
      }
      if (others.stream().allMatch(d -> !d.cell(role).isBlank())) {
        out.add(new Sign(field(role), "the last row has no " + printed + " although every other row has one:"
            + " the document may be cut short"));
      }
    }
    TaskRow row = rows.get(rows.size() - 1);
    List<String> units = row.supportUnits().isEmpty() || last.cell(ColumnRole.SUPPORT_UNITS).isBlank()
        ? row.leadUnits() : row.supportUnits();
    String field = units == row.leadUnits() ? "leadUnits" : "supportUnits";
    if (!units.isEmpty() && lastCellIsUnits(last) && !UnitCell.endsLikeUnit(units.get(units.size() - 1))) {
      out.add(new Sign(field, "the last row ends inside a name ('" + units.get(units.size() - 1) + "'):"
          + " the document may be cut short"));
    }
    return out;
  }

  /** True when the last printed cell of the row is a unit column (nothing printed after the units). */
  private boolean lastCellIsUnits(RowDraft last) {
    List<ColumnRole> roles = header.afterTask();
    for (int k = roles.size() - 1; k >= 0; k--) {
      ColumnRole r = roles.get(k);
      boolean printed = r == ColumnRole.OTHER ? !last.extra().isEmpty() && last.extra().containsKey(header.namesAfterTask().get(k))
          : !last.cell(r).isBlank();
      if (printed) {
        return r == ColumnRole.LEAD_UNITS || r == ColumnRole.SUPPORT_UNITS;
      }
    }
    return false;
  }

  private static String field(ColumnRole role) {
    return switch (role) {
      case LEAD_UNITS -> "leadUnits";
      case SUPPORT_UNITS -> "supportUnits";
      case LEADERS -> "leaders";
      case OVERSEERS -> "overseers";
      case DEADLINE -> "deadline";
      default -> null;
    };
  }
}
