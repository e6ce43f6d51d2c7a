package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.eval.EvalReport;
import org.fenjie.eval.Evaluation;
import org.fenjie.eval.RelevanceSet;
import org.fenjie.eval.Ranker;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.ReviewedAliases;
import org.fenjie.search.BaselineSearch;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchOptions;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.TaskSearch;

/**
 * `fenjie eval`: relevance figures (nDCG@10, recall@50, MRR) on the judged query set, for the
 * served ranking, for it with each ranking switch turned off, and for a naive baseline; per query
 * type, overall and per query. Indexes seeds/ into a temporary directory unless given --index.
 * Exit 0, or 1 when a --min-ndcg / --min-recall floor is not met.
 */
public final class EvalCommand implements Command {

  private static final String USAGE =
      "usage: fenjie eval [--index DIR | --seeds DIR] [--set DIR|QUERIES.tsv] [--worst N]"
          + " [--min-ndcg X] [--min-recall X]";

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
    EvalOptions o = EvalOptions.parse(args, USAGE);
    RelevanceSet set = o.set() == null ? RelevanceSet.bundled() : RelevanceSet.load(o.set());
    Path tmp = null;
    Path index = o.index();
    try {
      if (index == null) {
        tmp = Files.createTempDirectory("fenjie-eval-");
        index = tmp;
        buildIndex(o.seeds(), index, err);
      }
      List<Evaluation> all = evaluate(set, index, out);
      Evaluation current = all.get(0);
      Evaluation baseline = all.get(all.size() - 1);
      print(set, index, all, current, baseline, o.worst(), out);
      return floors(current, o, err);
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
    }
  }

  private static void buildIndex(Path seeds, Path index, PrintStream err) throws Exception {
    if (!Files.isDirectory(seeds)) {
      throw new UsageException("no seeds directory " + seeds + " (give --seeds DIR or --index DIR)");
    }
    var docs = new DocumentParser().parseAll(DocumentParser.documentsIn(seeds));
    var report = new IndexBuilder(index, ReviewedAliases.load()).build(docs);
    err.println("fenjie eval: indexed " + report.rows() + " rows of " + seeds + " into a temporary index");
  }

  private static List<Evaluation> evaluate(RelevanceSet set, Path index, PrintStream out) throws IOException {
    List<Evaluation> all = new ArrayList<>();
    SearchOptions served = SearchOptions.defaults();
    all.add(engine("fenjie (served ranking)", index, served, set));
    all.add(engine("  without the CJK bigram field", index, served.withBigrams(false), set));
    all.add(engine("  without section headings", index, served.withSections(false), set));
    all.add(engine("  without unit/leader name fields", index, served.withNames(false), set));
    all.add(engine("engine with every switch off", index, SearchOptions.baseline(), set));
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

  private static void print(RelevanceSet set, Path index, List<Evaluation> all, Evaluation current,
      Evaluation baseline, int worst, PrintStream out) throws IOException {
    out.printf("relevance set: %s — %d queries, %d judgments%n%n", set.name(), set.queries().size(), set.judgmentCount());
    EvalReport report = new EvalReport(out);
    report.rankers(all);
    out.println();
    out.println("per query type: fenjie (baseline)");
    report.byType(current, baseline);
    out.println();
    out.println("per query, worst first (base = baseline nDCG@10):");
    report.perQuery(current, baseline);
    out.println();
    out.println("the " + worst + " worst queries in detail:");
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

  private static int floors(Evaluation current, EvalOptions o, PrintStream err) {
    Evaluation.Summary s = current.overall();
    boolean ok = true;
    if (o.minNdcg() != null && s.ndcg() < o.minNdcg()) {
      err.printf("fenjie eval: nDCG@10 %.3f is below the floor %.3f%n", s.ndcg(), o.minNdcg());
      ok = false;
    }
    if (o.minRecall() != null && s.recall() < o.minRecall()) {
      err.printf("fenjie eval: recall@50 %.3f is below the floor %.3f%n", s.recall(), o.minRecall());
      ok = false;
    }
    return ok ? 0 : 1;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
