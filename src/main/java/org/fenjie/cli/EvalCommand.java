package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.eval.EvalReport;
import org.fenjie.eval.Evaluation;
import org.fenjie.eval.JudgedRows;
import org.fenjie.eval.RelevanceSet;
import org.fenjie.eval.RelevanceSet.Split;
import org.fenjie.eval.Ranker;
import org.fenjie.search.BaselineSearch;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchOptions;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.TaskSearch;

/**
 * `fenjie eval`: relevance figures (nDCG@10, recall@50, MRR) on the judged query set, for the
 * served ranking, for it with each ranking switch turned off, and for a naive baseline; per query
 * type, overall and per query; then similar tasks on their own judged set (SimilarEval). Indexes seeds/ into a temporary directory unless given --index.
 * Exit 0, or 1 when a --min-ndcg / --min-recall floor is not met.
 */
public final class EvalCommand implements Command {

  private static final String USAGE =
      "usage: fenjie eval [--index DIR | --seeds DIR] [--set DIR|QUERIES.tsv] [--worst N] [--show-test]"
          + " [--min-ndcg X] [--min-recall X]   (floors apply to the test split)";

  @Override
  public String name() {
    return "eval";
  }

  @Override
  public String summary() {
    return "relevance figures (nDCG@10, recall@50, MRR) on the judged query set";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, List.of("--index", "--seeds", "--set", "--worst", "--min-ndcg", "--min-recall"), List.of("--show-test"));
    if (!o.positional().isEmpty() || o.has("--help")) {
      throw new UsageException(USAGE);
    }
    String set = o.value("--set", null);
    RelevanceSet relevance = set == null ? RelevanceSet.bundled() : RelevanceSet.load(Path.of(set));
    String given = o.value("--index", null);
    Path tmp = given == null ? Files.createTempDirectory("fenjie-eval-") : null;
    try {
      Path index = given == null ? tmp : Path.of(given);
      if (given == null) {
        SeedIndexing.Result built =
            SeedIndexing.build(Path.of(o.value("--seeds", "seeds")), index, SeedIndexing.Policy.ALL_DOCUMENTS);
        if (!built.swapped()) {
          throw new IOException("cannot evaluate: " + built.refusal() + ": " + built.unreadable());
        }
        err.println("fenjie eval: indexed " + built.report().rows() + " rows into a temporary index");
      }
      warnAboutDriftedJudgments(relevance, index, err);
      List<Evaluation> all = evaluate(relevance, index);
      out.printf("relevance set: %s — %d queries, %d judgments%n", relevance.name(), relevance.queries().size(),
          relevance.judgmentCount());
      out.println("split: ids t… test, d… dev, other ids test when CRC-32(id) is odd; tune on dev only");
      int worst = o.intValue("--worst", 10);
      print(Split.DEV, relevance, all, index, worst, true, out);
      print(Split.TEST, relevance, all, index, worst, o.has("--show-test"), out);
      out.println();
      SimilarEval.print(SimilarEval.evaluate(index), out);
      return floors(all.get(0).split(Split.TEST).overall(), number(o, "--min-ndcg"), number(o, "--min-recall"), err);
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
    }
  }

  /** Judgments whose row is gone or prints other text make the figures wrong: say so first. */
  static List<String> warnAboutDriftedJudgments(RelevanceSet set, Path index, PrintStream err) throws IOException {
    List<String> problems;
    try (TaskSearch search = LuceneTaskSearch.open(index)) {
      problems = JudgedRows.problems(set, id -> search.get(id).map(r -> r.task()));
    }
    if (!problems.isEmpty()) {
      err.println("fenjie eval: WARNING " + problems.size() + " judged rows are not what was judged; figures are off:");
      problems.stream().limit(10).forEach(p -> err.println("  " + p));
    }
    return problems;
  }

  /** The served ranking first, then each switch turned off, then the naive baseline last. */
  static List<Evaluation> evaluate(RelevanceSet set, Path index) throws IOException {
    List<Evaluation> all = new ArrayList<>();
    SearchOptions served = SearchOptions.defaults();
    all.add(engine("fenjie (served ranking), semantic tier off", index, served, set));
    all.add(engine("  without the CJK bigram field", index, served.withBigrams(false), set));
    all.add(engine("  without headings, region and kind", index, served.withSections(false), set));
    all.add(engine("  without unit/leader name fields", index, served.withNames(false), set));
    all.add(engine("  without query-time synonyms", index, served.withSynonyms(false), set));
    all.add(engine("  without unit families", index, served.withFamilies(false), set));
    all.add(engine("  without the related-terms tier", index, served.withRelated(false), set));
    all.add(engine("  without the most-words tier", index, served.withMost(false), set));
    all.add(engine("  without the suggestion tier (did you mean)", index, served.withSuggestions(false), set));
    all.add(engine("  without any later tier (exact match only)", index,
        served.withRelated(false).withMost(false).withSuggestions(false).withSemantic(false), set));
    all.add(engine("engine, every switch off (smartcn words only)", index, SearchOptions.baseline(), set));
    try (BaselineSearch baseline = BaselineSearch.open(index)) {
      all.add(Evaluation.run("baseline: QueryParser, one smartcn field", baseline::ids, set));
    }
    return all;
  }

  private static Evaluation engine(String name, Path index, SearchOptions options, RelevanceSet set)
      throws IOException {
    try (TaskSearch search = LuceneTaskSearch.open(index, options)) {
      return Evaluation.run(name, served(search), set);
    }
  }

  /** The engine as the API calls it: no filters, first page, relevance order. */
  static Ranker served(TaskSearch search) {
    return (query, depth) ->
        search.search(new SearchRequest(query, Map.of(), 1, depth, SearchRequest.SortOrder.RELEVANCE)).hits().stream()
            .map(h -> h.row().id())
            .toList();
  }

  /**
   * One split: rankers side by side and the per-type table; each query and the worst in detail only
   * when {@code details} (always for dev; for test only when asked, so tuning never reads test misses).
   */
  private static void print(Split split, RelevanceSet set, List<Evaluation> all, Path index, int worst,
      boolean details, PrintStream out) throws IOException {
    List<Evaluation> of = all.stream().map(e -> e.split(split)).toList();
    Evaluation current = of.get(0);
    Evaluation baseline = of.get(of.size() - 1);
    RelevanceSet part = set.split(split);
    out.printf("%n== %s split: %d queries, %d judgments%n%n", split.label(), part.queries().size(), part.judgmentCount());
    EvalReport report = new EvalReport(out);
    report.rankers(of);
    out.println();
    out.println("per query type (" + split.label() + "): fenjie (baseline)");
    report.byType(current, baseline);
    if (!details) {
      out.println("(per-query figures and misses of the test split: --show-test)");
      return;
    }
    out.println();
    out.println("per query (" + split.label() + "), worst first (base = baseline nDCG@10):");
    report.perQuery(current, baseline);
    out.println();
    out.println("the " + worst + " worst " + split.label() + " queries in detail:");
    try (TaskSearch search = LuceneTaskSearch.open(index)) {
      report.worst(current, worst, id -> label(search, id));
    }
  }

  private static String label(TaskSearch search, String id) {
    try {
      return id + " " + search.get(id).map(r -> shorten(r.task(), 40)).orElse("(no such row in the index)");
    } catch (IOException e) {
      return id + " (" + e.getMessage() + ")";
    }
  }

  private static String shorten(String s, int n) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= n ? flat : flat.substring(0, flat.offsetByCodePoints(0, n)) + "…";
  }

  private static int floors(Evaluation.Summary s, Double minNdcg, Double minRecall, PrintStream err) {
    boolean ok = true;
    if (minNdcg != null && s.ndcg() < minNdcg) {
      err.printf("fenjie eval: nDCG@10 %.3f is below the floor %.3f%n", s.ndcg(), minNdcg);
      ok = false;
    }
    if (minRecall != null && s.recall() < minRecall) {
      err.printf("fenjie eval: recall@50 %.3f is below the floor %.3f%n", s.recall(), minRecall);
      ok = false;
    }
    return ok ? 0 : 1;
  }

  private static Double number(Options o, String name) {
    String v = o.value(name, null);
    if (v == null) {
      return null;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a number, not '" + v + "'");
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
