package org.fenjie.http;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;
import org.fenjie.search.BadQueryException;
import org.fenjie.search.FacetValue;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchResult;
import org.fenjie.search.SimilarTask;
import org.fenjie.search.Suggestion;
import org.fenjie.search.TaskSearch;

/**
 * An in-memory TaskSearch over a handful of real rows, faithful to the contract where the HTTP
 * layer depends on it: space-separated words all match (substring), filters OR within and AND
 * across dimensions, drill-sideways counts, a staged row set that {@link #refresh()} swaps in,
 * and a switch that makes every call fail so that the 500 path can be exercised.
 */
final class FakeTaskSearch implements TaskSearch {

  static final GlossaryEntry FOUR_HELPS =
      new GlossaryEntry("四帮四扶", "帮扶困难企业的四项举措", "晋江市", "001_941dc8cd29ccd4b4.txt");

  private volatile List<TaskRow> rows;
  private volatile List<TaskRow> staged;
  private volatile RuntimeException failure;

  FakeTaskSearch(List<TaskRow> rows) {
    this.rows = List.copyOf(rows);
    this.staged = this.rows;
  }

  static List<TaskRow> fixtureRows() {
    try (InputStream in = FakeTaskSearch.class.getResourceAsStream("/http/fake-rows.jsonl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Gson gson = new Gson();
      return text.lines().filter(l -> !l.isBlank()).map(l -> gson.fromJson(l, TaskRow.class)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows that the next {@link #refresh()} serves, as a re-index would. */
  void stage(List<TaskRow> next) {
    staged = List.copyOf(next);
  }

  void failWith(RuntimeException e) {
    failure = e;
  }

  @Override
  public SearchResult search(SearchRequest r) {
    check(r.q());
    List<TaskRow> matches = matching(r, null);
    int from = Math.min(matches.size(), (r.page() - 1) * r.size());
    List<SearchHit> hits =
        matches.subList(from, Math.min(matches.size(), from + r.size())).stream()
            .map(row -> new SearchHit(row, score(row, r.q()), Map.of("task", highlight(row.task(), r.q()))))
            .toList();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : SearchRequest.DIMENSIONS) {
      facets.put(dim, counts(dim, matching(r, dim), "", 20));
    }
    List<GlossaryEntry> glossary = r.q().contains(FOUR_HELPS.term()) ? List.of(FOUR_HELPS) : List.of();
    return new SearchResult(r.q(), matches.size(), r.page(), r.size(), 1, hits, facets, glossary);
  }

  @Override
  public Optional<TaskRow> get(String id) {
    check("");
    return rows.stream().filter(row -> row.id().equals(id)).findFirst();
  }

  @Override
  public List<SimilarTask> similar(String id, int count) {
    TaskRow of = get(id).orElseThrow();
    return rows.stream()
        .filter(row -> !row.region().equals(of.region()))
        .map(row -> new SimilarTask(row, sharedBigrams(of.task(), row.task())))
        .filter(s -> s.score() > 3)
        .sorted(Comparator.comparing(SimilarTask::score).reversed())
        .limit(count)
        .toList();
  }

  @Override
  public List<Suggestion> suggest(String prefix, int count) {
    check(prefix);
    Map<String, String> seen = new TreeMap<>();
    for (TaskRow row : rows) {
      values(row, "leader").filter(v -> v.startsWith(prefix)).forEach(v -> seen.put(v, "leader"));
      values(row, "unit").filter(v -> v.startsWith(prefix)).forEach(v -> seen.putIfAbsent(v, "unit"));
    }
    return seen.entrySet().stream().limit(count).map(e -> new Suggestion(e.getKey(), e.getValue(), 1)).toList();
  }

  @Override
  public List<FacetValue> facetValues(String dim, String prefix, SearchRequest r, int count) {
    check(r.q());
    return counts(dim, matching(r, dim), prefix, count);
  }

  @Override
  public void export(SearchRequest r, Consumer<TaskRow> sink) {
    check(r.q());
    matching(r, null).forEach(sink);
  }

  @Override
  public boolean refresh() {
    boolean changed = staged != rows;
    rows = staged;
    return changed;
  }

  @Override
  public IndexStats stats() {
    check("");
    return new IndexStats(rows.size(), "2026-01-15T08:00:00Z");
  }

  @Override
  public void close() {}

  private void check(String q) {
    if (failure != null) {
      throw failure;
    }
    if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
      throw new BadQueryException("unbalanced quote in the query");
    }
  }

  /** Rows matching the query and every filter except those of {@code ignoredDim} (drill-sideways). */
  private List<TaskRow> matching(SearchRequest r, String ignoredDim) {
    Predicate<TaskRow> p = row -> words(r.q()).allMatch(w -> w.startsWith("-") ? !row.task().contains(w.substring(1)) : row.task().contains(w));
    for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
      if (!f.getKey().equals(ignoredDim)) {
        p = p.and(row -> values(row, f.getKey()).anyMatch(f.getValue()::contains));
      }
    }
    Stream<TaskRow> s = rows.stream().filter(p);
    if (r.sort() == SearchRequest.SortOrder.RELEVANCE) {
      s = s.sorted(Comparator.comparing((TaskRow row) -> score(row, r.q())).reversed());
    }
    return s.toList();
  }

  static Stream<String> values(TaskRow row, String dim) {
    return switch (dim) {
      case "region" -> Stream.of(row.region());
      case "year" -> Stream.of(Integer.toString(row.year()));
      case "kind" -> Stream.of(row.kind());
      case "unit" -> Stream.concat(row.leadUnits().stream(), row.supportUnits().stream()).distinct();
      case "leader" -> Stream.concat(row.leaders().stream().map(Leader::name), row.overseers().stream()).distinct();
      default -> throw new IllegalArgumentException(dim);
    };
  }

  private static List<FacetValue> counts(String dim, List<TaskRow> rows, String prefix, int count) {
    Map<String, Integer> counts = new TreeMap<>();
    rows.forEach(row -> values(row, dim).filter(v -> v.startsWith(prefix)).forEach(v -> counts.merge(v, 1, Integer::sum)));
    return counts.entrySet().stream()
        .map(e -> new FacetValue(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value))
        .limit(count)
        .toList();
  }

  private static Stream<String> words(String q) {
    return Arrays.stream(q.trim().split("\\s+")).filter(w -> !w.isEmpty() && !w.equals("-"));
  }

  private static float score(TaskRow row, String q) {
    return words(q).filter(w -> !w.startsWith("-")).filter(row.task()::contains).count() + 1f / row.task().length();
  }

  private static String highlight(String task, String q) {
    String html = task.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    for (String w : words(q).filter(w -> !w.startsWith("-")).toList()) {
      html = html.replace(w, "<mark>" + w + "</mark>");
    }
    return html;
  }

  private static float sharedBigrams(String a, String b) {
    List<String> grams = new ArrayList<>();
    for (int i = 0; i + 2 <= a.length(); i++) {
      grams.add(a.substring(i, i + 2));
    }
    return grams.stream().distinct().filter(b::contains).count();
  }
}
