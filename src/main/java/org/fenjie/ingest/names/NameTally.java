package org.fenjie.ingest.names;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Counts where each form of a name was seen: region → subject → form → places, all sorted. */
final class NameTally {

  /** Receives one subject of one region with its forms. */
  interface Visitor {
    void visit(String region, String subject, TreeMap<String, List<String>> forms);
  }

  private final TreeMap<String, TreeMap<String, TreeMap<String, List<String>>>> tally = new TreeMap<>();

  void add(String region, String subject, String form, String where) {
    tally.computeIfAbsent(String.valueOf(region), k -> new TreeMap<>())
        .computeIfAbsent(subject, k -> new TreeMap<>())
        .computeIfAbsent(form, k -> new ArrayList<>())
        .add(where);
  }

  TreeMap<String, TreeMap<String, TreeMap<String, List<String>>>> byRegion() {
    return tally;
  }

  void forEach(Visitor v) {
    tally.forEach((region, subjects) -> subjects.forEach((subject, forms) -> v.visit(region, subject, forms)));
  }
}
