package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fenjie.ingest.block.CellText;

/**
 * A table's header row as an ordered list of column roles with the header text each was printed as (empty
 * header cells dropped). It is a header only when it starts with 序号, names a task column and at least one
 * unit column, and every cell is a header-like spelling; 责任单位 is the lead column unless a 牵头单位 column
 * exists; a second task-like column (年度目标 beside 重点工作) is kept as an extra column, not a second task.
 */
public record TableHeader(List<ColumnRole> roles, List<String> names, int line) {
  public TableHeader {
    roles = List.copyOf(roles);
    names = List.copyOf(names);
  }

  public static Optional<TableHeader> recognise(List<String> cells, int line) {
    List<ColumnRole> roles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String c : cells) {
      String name = CellText.name(c);
      if (name.isEmpty()) {
        continue;
      }
      ColumnRole r = ColumnRole.of(c);
      if (r == null) {
        return Optional.empty();
      }
      roles.add(r == ColumnRole.TASK && roles.contains(ColumnRole.TASK) ? ColumnRole.OTHER : r);
      names.add(name);
    }
    if (roles.size() < 3 || roles.get(0) != ColumnRole.SEQ || !roles.contains(ColumnRole.TASK)) {
      return Optional.empty();
    }
    boolean hasLead = roles.contains(ColumnRole.LEAD_UNITS);
    roles.replaceAll(r -> r == ColumnRole.RESPONSIBLE_UNITS ? (hasLead ? ColumnRole.SUPPORT_UNITS : ColumnRole.LEAD_UNITS) : r);
    if (!roles.contains(ColumnRole.LEAD_UNITS) && !roles.contains(ColumnRole.SUPPORT_UNITS)) {
      return Optional.empty();
    }
    return Optional.of(new TableHeader(roles, names, line));
  }

  public boolean has(ColumnRole role) {
    return roles.contains(role);
  }

  /** The roles after the task column, in order: what the cells after a row's task hold. */
  public List<ColumnRole> afterTask() {
    return roles.subList(roles.indexOf(ColumnRole.TASK) + 1, roles.size());
  }

  /** The printed headers after the task column, parallel to {@link #afterTask()}. */
  List<String> namesAfterTask() {
    return names.subList(roles.indexOf(ColumnRole.TASK) + 1, names.size());
  }

  /** True when the cells are this same header printed again (a page break). */
  public boolean isRepeatedBy(List<String> cells) {
    return recognise(cells, line).map(h -> h.roles.equals(roles)).orElse(false);
  }
}
