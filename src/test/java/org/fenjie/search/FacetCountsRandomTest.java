package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts and totals against counts computed directly from the rows, for random filter
 * combinations and words: OR within a dimension, AND across, each dimension's counts ignoring its
 * own filter (drill-sideways). Prints its seed; rerun one with -Dtests.seed=N.
 */
class FacetCountsRandomTest {

  private static final List<String> WORDS = List.of("", "", "企业", "海外仓", "养老", "低效用地", "产业", "跨境电商");

  @TempDir static Path dir;
  static LuceneTaskSearch search;
  static Map<String, List<String>> valuesByDim;

  @BeforeAll
  static void open() throws IOException {
    search = SearchFixture.open(dir);
    valuesByDim = new HashMap<>();
    for (String dim : SearchRequest.DIMENSIONS) {
      Set<String> all = new LinkedHashSet<>();
      SearchFixture.rows().forEach(r -> all.addAll(values(r, dim)));
      valuesByDim.put(dim, new ArrayList<>(all));
    }
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @Test
  void countsMatchTheRowsForRandomFilterCombinations() throws IOException {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    System.out.println("FacetCountsRandomTest seed " + seed + " (-Dtests.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      String word = WORDS.get(random.nextInt(WORDS.size()));
      Map<String, List<String>> filters = randomFilters(random);
      SearchResult r = search.search(new SearchRequest(word, filters, 1, 0, null));
      String what = "seed " + seed + ", q=" + word + ", filters=" + filters;
      assertEquals(rowsMatching(word, filters, null).size(), r.total(), what);
      for (String dim : SearchRequest.DIMENSIONS) {
        assertEquals(expectedCounts(word, filters, dim), actualCounts(r.facets().get(dim)), what + ", dim " + dim);
      }
    }
  }

  @Test
  void aSelectedValueKeepsTheOtherValuesOfItsDimensionCountable() throws IOException {
    SearchResult r = search.search(new SearchRequest("", Map.of("region", List.of("南安市")), 1, 10, null));
    assertEquals(rowsMatching("", Map.of("region", List.of("南安市")), null).size(), r.total());
    assertEquals(expectedCounts("", Map.of(), "region"), actualCounts(r.facets().get("region")));
    // ...while every other dimension is narrowed to 南安市.
    assertEquals(expectedCounts("", Map.of("region", List.of("南安市")), "unit"), actualCounts(r.facets().get("unit")));
  }

  private static Map<String, List<String>> randomFilters(Random random) {
    Map<String, List<String>> filters = new HashMap<>();
    for (String dim : SearchRequest.DIMENSIONS) {
      if (random.nextInt(3) == 0) {
        List<String> pool = valuesByDim.get(dim);
        List<String> chosen = new ArrayList<>();
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
          chosen.add(pool.get(random.nextInt(pool.size())));
        }
        filters.put(dim, chosen);
      }
    }
    return filters;
  }

  /** Top values as the engine returns them (count, then value), up to its page of values. */
  private static Map<String, Integer> expectedCounts(String word, Map<String, List<String>> filters, String dim) {
    Map<String, Integer> counts = new TreeMap<>();
    for (TaskRow row : rowsMatching(word, filters, dim)) {
      values(row, dim).forEach(v -> counts.merge(v, 1, Integer::sum));
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> top = new TreeMap<>();
    sorted.stream().limit(LuceneTaskSearch.FACET_VALUES).forEach(e -> top.put(e.getKey(), e.getValue()));
    // A selected value is always listed, even outside the top.
    for (String v : filters.getOrDefault(dim, List.of())) {
      top.putIfAbsent(v, counts.getOrDefault(v, 0));
    }
    return top;
  }

  private static Map<String, Integer> actualCounts(List<FacetValue> values) {
    Map<String, Integer> m = new TreeMap<>();
    values.forEach(v -> m.put(v.value(), v.count()));
    return m;
  }

  /** Rows matching the word and every filter except {@code ignoredDim}'s. */
  private static List<TaskRow> rowsMatching(String word, Map<String, List<String>> filters, String ignoredDim) {
    Predicate<TaskRow> p = r -> word.isEmpty() || mentions(r, word);
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (!f.getKey().equals(ignoredDim)) {
        p = p.and(r -> values(r, f.getKey()).stream().anyMatch(f.getValue()::contains));
      }
    }
    return SearchFixture.rows().stream().filter(p).toList();
  }

  /** The word as a substring of the task, a heading or a unit or leader name. */
  private static boolean mentions(TaskRow r, String word) {
    return r.task().contains(word)
        || r.section().stream().anyMatch(s -> s.contains(word))
        || values(r, "unit").stream().anyMatch(u -> u.contains(word))
        || values(r, "leader").stream().anyMatch(l -> l.contains(word));
  }

  static Set<String> values(TaskRow r, String dim) {
    Set<String> out = new LinkedHashSet<>();
    switch (dim) {
      case "region" -> out.add(r.region());
      case "year" -> out.add(Integer.toString(r.year()));
      case "kind" -> out.add(r.kind());
      case "unit" -> {
        r.leadUnits().forEach(u -> out.add(CanonicalNames.normalise(u)));
        r.supportUnits().forEach(u -> out.add(CanonicalNames.normalise(u)));
      }
      case "leader" -> {
        r.leaders().stream().map(Leader::name).forEach(n -> out.add(CanonicalNames.normalise(n)));
        r.overseers().forEach(n -> out.add(CanonicalNames.normalise(n)));
      }
      default -> throw new IllegalArgumentException(dim);
    }
    return out;
  }
}
