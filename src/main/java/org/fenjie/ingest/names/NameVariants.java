package org.fenjie.ingest.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;

/**
 * Lists the name variants a person should confirm before trusting the unit and leader facets:
 * printed forms already joined, units that look alike but are not joined, one unit with
 * near-identical leader names, and one leader paired with several units. It merges nothing.
 */
public final class NameVariants {

  /** What kind of doubt a finding raises. */
  public enum Kind {
    JOINED_UNITS("Unit names joined under one canonical name (normalisation or aliases.tsv)"),
    JOINED_LEADERS("Leader names joined under one canonical name (normalisation or aliases.tsv)"),
    SIMILAR_UNITS("Units that look alike but are NOT joined: the same body? then add an alias"),
    LEADER_TYPOS("One unit, near-identical leader names: a typo, or two people?"),
    LEADER_UNITS("One leader paired with several units: two posts, or a pairing error?");

    public final String title;

    Kind(String title) {
      this.title = title;
    }
  }

  /** One finding: in {@code region}, {@code subject} has these {@code forms}, each with where it was seen. */
  public record Finding(Kind kind, String region, String subject, List<String> forms, String why) {}

  private final CanonicalNames names;
  /** region → canonical unit → printed form → sources. */
  private final NameTally units = new NameTally();
  private final NameTally leaders = new NameTally();
  /** region → canonical unit → canonical leader → sources. */
  private final NameTally leadersByUnit = new NameTally();
  private final NameTally unitsByLeader = new NameTally();

  public NameVariants(CanonicalNames names) {
    this.names = names;
  }

  /** Findings over {@code rows}, grouped by kind, then region, then subject. */
  public List<Finding> find(List<TaskRow> rows) {
    rows.forEach(this::count);
    List<Finding> out = new ArrayList<>();
    out.addAll(joined(Kind.JOINED_UNITS, units));
    out.addAll(joined(Kind.JOINED_LEADERS, leaders));
    out.addAll(similarUnits());
    out.addAll(leaderTypos());
    out.addAll(joined(Kind.LEADER_UNITS, unitsByLeader));
    return out;
  }

  private void count(TaskRow r) {
    String where = r.id();
    List<String> printedUnits = new ArrayList<>(r.leadUnits());
    printedUnits.addAll(r.supportUnits());
    for (String u : printedUnits) {
      units.add(r.region(), names.unit(r.region(), u), u, where);
    }
    for (String o : r.overseers()) {
      leaders.add(r.region(), names.leader(r.region(), o), o, where);
    }
    for (Leader l : r.leaders()) {
      String name = names.leader(r.region(), l.name());
      leaders.add(r.region(), name, l.name(), where);
      if (l.unit() != null) {
        String unit = names.unit(r.region(), l.unit());
        leadersByUnit.add(r.region(), unit, name, where);
        unitsByLeader.add(r.region(), name, unit, where);
      }
    }
  }

  private static List<Finding> joined(Kind kind, NameTally tally) {
    List<Finding> out = new ArrayList<>();
    tally.forEach((region, subject, forms) -> {
      if (forms.size() > 1) {
        out.add(new Finding(kind, region, subject, describe(forms), null));
      }
    });
    return out;
  }

  private List<Finding> similarUnits() {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<String, TreeMap<String, List<String>>>> region : units.byRegion().entrySet()) {
      List<String> canon = new ArrayList<>(region.getValue().keySet());
      for (int i = 0; i < canon.size(); i++) {
        for (int j = i + 1; j < canon.size(); j++) {
          String why = NameSimilarity.units(canon.get(i), canon.get(j));
          if (why != null) {
            TreeMap<String, List<String>> both = new TreeMap<>();
            both.put(canon.get(i), flatten(region.getValue().get(canon.get(i))));
            both.put(canon.get(j), flatten(region.getValue().get(canon.get(j))));
            out.add(new Finding(Kind.SIMILAR_UNITS, region.getKey(), canon.get(i) + " ~ " + canon.get(j), describe(both), why));
          }
        }
      }
    }
    return out;
  }

  private List<Finding> leaderTypos() {
    List<Finding> out = new ArrayList<>();
    leadersByUnit.forEach((region, unit, people) -> {
      TreeSet<String> close = new TreeSet<>();
      for (String a : people.keySet()) {
        for (String b : people.keySet()) {
          if (NameSimilarity.leaders(a, b)) {
            close.add(a);
            close.add(b);
          }
        }
      }
      if (!close.isEmpty()) {
        TreeMap<String, List<String>> forms = new TreeMap<>(people);
        forms.keySet().retainAll(close);
        out.add(new Finding(Kind.LEADER_TYPOS, region, unit, describe(forms), "names differ in one character"));
      }
    });
    return out;
  }

  private static List<String> flatten(TreeMap<String, List<String>> forms) {
    List<String> all = new ArrayList<>();
    forms.values().forEach(all::addAll);
    return all;
  }

  /** "卫健委 (1: jinjiang-2026-contest-1-3-13)": each form with how often and in which rows. */
  private static List<String> describe(Map<String, List<String>> forms) {
    List<String> out = new ArrayList<>();
    forms.forEach((form, where) -> {
      List<String> sample = where.size() > 4 ? where.subList(0, 4) : where;
      out.add(form + " (" + where.size() + ": " + String.join(", ", sample) + (where.size() > 4 ? ", …" : "") + ")");
    });
    return out;
  }
}
