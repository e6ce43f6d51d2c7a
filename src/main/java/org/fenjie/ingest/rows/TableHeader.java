package org.fenjie.ingest.rows;

import org.fenjie.ingest.block.CellText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table's header row as an ordered list of column roles (empty header cells dropped). It is a
 * header only when it starts with 序号, names a task column and at least one unit column, and
 * every cell is a known spelling; 责任单位 is the lead column unless a 牵头单位 column exists.
 */
public record TableHeader(List<ColumnRole> roles, int line) {
  public TableHeader {
    roles = List.copyOf(roles);
  }

  public static Optional<TableHeader> recognise(List<String> cells, int line) {
    List<ColumnRole> roles = new ArrayList<>();
    for (String c : cells) {
      if (CellText.name(c).isEmpty()) {
        continue;
      }
      ColumnRole r = ColumnRole.of(c);
      if (r == null) {
        return Optional.empty();
      }
      roles.add(r);
    }
    if (roles.size() < 3 || roles.get(0) != ColumnRole.SEQ || !roles.contains(ColumnRole.TASK)) {
      return Optional.empty();
    }
    boolean hasLead = roles.contains(ColumnRole.LEAD_UNITS);
    roles.replaceAll(r -> r == ColumnRole.RESPONSIBLE_UNITS ? (hasLead ? ColumnRole.SUPPORT_UNITS : ColumnRole.LEAD_UNITS) : r);
    if (!roles.contains(ColumnRole.LEAD_UNITS) && !roles.contains(ColumnRole.SUPPORT_UNITS)) {
      return Optional.empty();
    }
    return Optional.of(new TableHeader(roles, line));
  }

  public boolean has(ColumnRole role) {
    return roles.contains(role);
  }

  /** The roles after the task column, in order: what the cells after a row's task hold. */
  public List<ColumnRole> afterTask() {
    return roles.subList(roles.indexOf(ColumnRole.TASK) + 1, roles.size());
  }

  /** True when the cells are this same header printed again (a page break). */
  public boolean isRepeatedBy(List<String> cells) {
    return recognise(cells, line).map(h -> h.roles.equals(roles)).orElse(false);
  }
}
