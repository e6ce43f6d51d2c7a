package org.fenjie.ingest.rows;

import org.fenjie.ingest.block.CellText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns a data row's cells to the header's roles, by what the cells look like as much as by
 * position, because extraction shifts them: heading cells (and a heading glued before the task
 * text) before the task go to the section; the first other cell is the task; the cells after it
 * fill the roles after the header's task column in order, surplus empty cells dropped. A missing
 * unit, leader or overseer cell is noted, never invented.
 */
final class RowDrafter {
  private final TableHeader header;
  private final Set<String> knownLabels;

  RowDrafter(TableHeader header, Set<String> knownLabels) {
    this.header = header;
    this.knownLabels = knownLabels;
  }

  RowDraft draft(TableLine row, List<Heading> pendingHeadings) {
    List<String> cells = row.cells();
    List<Heading> headings = new ArrayList<>(pendingHeadings);
    List<String> notes = new ArrayList<>();
    String task = null;
    int i = 1;
    for (; i < cells.size() && task == null; i++) {
      String c = CellText.clean(cells.get(i));
      if (c.isEmpty()) {
        continue;
      }
      Optional<Heading> h = Heading.of(c);
      Optional<Heading.Glued> glued = h.isPresent() ? Optional.empty() : Heading.glued(c, knownLabels);
      if (h.isPresent()) {
        headings.add(h.get());
      } else if (glued.isPresent()) {
        headings.add(glued.get().heading());
        task = glued.get().task();
      } else if (continuesLabel(headings, pendingHeadings.size(), c, cells, i)) {
        headings.set(headings.size() - 1, headings.get(headings.size() - 1).extendedBy(c));
      } else if (isCategory(headings.size() > pendingHeadings.size(), c, i, cells)) {
        headings.add(Heading.category(c));
      } else {
        task = taskText(cells.get(i));
      }
    }
    if (task == null) {
      notes.add("no task text in this row");
      task = "";
    }
    Map<String, String> extra = new LinkedHashMap<>();
    Map<ColumnRole, String> roles = fill(cells.subList(i, cells.size()), extra, notes);
    return new RowDraft(row.at(), row.seq(), headings, task, roles, extra, notes);
  }

  /** Cells after the task, fitted to the roles after the header's task column. */
  private Map<ColumnRole, String> fill(List<String> after, Map<String, String> extra, List<String> notes) {
    List<ColumnRole> roles = header.afterTask();
    List<String> names = header.namesAfterTask();
    List<String> rest = new ArrayList<>(after.stream().map(String::strip).toList());
    while (!rest.isEmpty() && rest.get(rest.size() - 1).isEmpty()) {
      rest.remove(rest.size() - 1);
    }
    while (rest.size() > roles.size() && rest.contains("")) {
      rest.remove("");
    }
    if (rest.size() > roles.size()) {
      notes.add("extra cells ignored: " + rest.subList(roles.size(), rest.size()));
      rest = rest.subList(0, roles.size());
    }
    int deadline = roles.indexOf(ColumnRole.DEADLINE);
    if (deadline >= 0 && rest.size() < roles.size() && !rest.isEmpty() && isDeadline(rest.get(rest.size() - 1))) {
      // a cell before the deadline was lost: the deadline text must not slide into a people column
      while (rest.size() <= deadline) {
        rest.add(rest.size() - 1, "");
      }
    }
    Map<ColumnRole, String> out = new EnumMap<>(ColumnRole.class);
    for (int k = 0; k < rest.size(); k++) {
      String text = rest.get(k);
      if (roles.get(k) == ColumnRole.OTHER) {
        if (!CellText.clean(text).isEmpty()) {
          extra.merge(names.get(k), taskText(text), (a, b) -> a + "\n" + b);
        }
      } else {
        // two columns of one role (牵头县领导 and 分管县领导): their names are read together
        out.merge(roles.get(k), text, (a, b) -> b.isEmpty() ? a : a.isEmpty() ? b : a + "\n" + b);
      }
    }
    for (ColumnRole r : List.of(ColumnRole.LEAD_UNITS, ColumnRole.LEADERS, ColumnRole.OVERSEERS)) {
      if (roles.contains(r) && CellText.name(out.getOrDefault(r, "")).isEmpty()) {
        notes.add("no " + describe(r) + " in this row (the cell seems lost in the source)");
      }
    }
    return out;
  }

  /** "2026年12月底前", "长期坚持", "6月": what a 完成时限 cell holds. */
  static boolean isDeadline(String cell) {
    String c = CellText.name(cell);
    return c.length() <= 16 && (c.matches(".*\\d+月.*") || c.matches(".*(底前|长期|持续|年内|全年).*"));
  }

  /** A short piece right after a sub-section label, before the task: the label was split over cells. */
  private static boolean continuesLabel(List<Heading> headings, int pending, String c, List<String> cells, int i) {
    return headings.size() > pending && headings.get(headings.size() - 1).level() == 2
        && c.length() <= 8 && !c.matches(".*[，。；、\\d].*") && laterNonEmpty(cells, i);
  }

  /** A plain 类别 cell in the header's category position, when the row has no numbered heading. */
  private boolean isCategory(boolean rowHasHeading, String c, int i, List<String> cells) {
    return header.has(ColumnRole.SECTION) && !rowHasHeading && header.roles().indexOf(ColumnRole.SECTION) == i
        && c.length() <= 20 && !c.matches(".*[。；].*") && laterNonEmpty(cells, i);
  }

  private static boolean laterNonEmpty(List<String> cells, int i) {
    return cells.subList(i + 1, cells.size()).stream().anyMatch(c -> !c.isBlank());
  }

  /** Task text: lines of a multi-line cell re-joined, spaces kept as printed ("新建超 20 个海外仓"). */
  static String taskText(String cell) {
    String out = "";
    for (String line : cell.split("\n")) {
      out = CellText.joinLines(out, CellText.clean(line));
    }
    return out;
  }

  static String describe(ColumnRole r) {
    return switch (r) {
      case LEAD_UNITS -> "responsible unit (责任单位/牵头单位)";
      case LEADERS -> "responsible leader (责任领导)";
      case OVERSEERS -> "overseeing leader (分管领导)";
      default -> r.name();
    };
  }
}
