package org.fenjie.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Facet counts of requests without words, per reader and set of filters: what a click on a facet
 * value asks for, again and again, on an index that never changes under its reader. A few
 * hundred entries at most, bounded in bytes; least recently used first out. Requests with words
 * are never cached (their counts depend on the words, and a cache of those would only measure the
 * cache). Off with {@code -Dfenjie.search.countCache=false}.
 */
final class FilterCountCache {

  private static final long BUDGET_BYTES = 64L << 20;
  private static final int MAX_ENTRIES = 512;
  static final boolean ENABLED = !"false".equals(System.getProperty("fenjie.search.countCache"));

  /** Hits and multi-select counts of one filter set; the counts are never modified. */
  record Counted(long hits, int[] counts) {}

  private final int entryBytes;
  private final Map<List<List<String>>, Counted> entries;

  FilterCountCache(int ordinals) {
    this.entryBytes = 4 * ordinals + 64;
    int capacity = (int) Math.max(1, Math.min(MAX_ENTRIES, BUDGET_BYTES / entryBytes));
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<List<List<String>>, Counted> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The same filters in any order give the same key: dimensions and values sorted, then the deadline range. */
  static List<List<String>> key(FacetFilters filters) {
    List<List<String>> key = new ArrayList<>();
    key.add(List.of("deadline", filters.deadline().toString()));
    for (String dim : new TreeSet<>(filters.dimensions())) {
      List<String> part = new ArrayList<>();
      part.add(dim);
      part.addAll(new TreeSet<>(filters.selected(dim)));
      key.add(List.copyOf(part));
    }
    return List.copyOf(key);
  }

  synchronized Counted get(List<List<String>> key) {
    return entries.get(key);
  }

  synchronized void put(List<List<String>> key, Counted counted) {
    entries.put(key, counted);
  }
}
