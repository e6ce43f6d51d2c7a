package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.bench.Agreement;
import org.fenjie.bench.Answer;
import org.fenjie.bench.BenchQuery;
import org.fenjie.bench.BenchReport;
import org.fenjie.bench.BenchRun;
import org.fenjie.bench.BenchTarget;
import org.fenjie.bench.EngineTarget;
import org.fenjie.bench.LayerFigures;
import org.fenjie.bench.LuceneTarget;
import org.fenjie.bench.PeersResults;
import org.fenjie.bench.QueryFile;
import org.fenjie.bench.ScoreTies;
import org.fenjie.search.BareLuceneSearch;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SemanticNeighbours;
import org.fenjie.search.SearchOptions;
import org.fenjie.search.TaskSearch;

/**
 * `fenjie bench --index DIR [--queries FILE] ...`: runs a query mix in-process against each layer
 * (the engine as served, the engine with the peers harness's text semantics, bare Lucene), prints
 * one JSON summary line and Markdown tables, and checks answers against a peers answers file.
 */
public final class BenchCommand implements Command {

  private static final String USAGE =
      """
      usage: fenjie bench --index DIR [--queries FILE] [--threads 1,2] [--warmup PASSES] [--iterations PASSES]
                          [--seconds S] [--layers fenjie,fenjie-plain,lucene] [--answers PEERS.answers.jsonl] [--peers RESULTS_DIR]
        --queries     API parameter lines (q=海外仓&unit=商务局) or the peers harness's queries.jsonl; default: the shipped mix
        --layers      fenjie = the engine as served; fenjie-plain = the same engine with the harness's text semantics
                      (one smartcn field); lucene = IndexSearcher + DrillSideways + UnifiedHighlighter on the same index
        --answers     compare answers (hits, facet counts, top ids) with this answers file of the peers harness
        --peers       a peers results directory (data/results/N): its engines become columns, its solr answers the reference""";

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "benchmark the search in-process: latency per query class, throughput, answers vs the peers harness";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options o =
        Options.parse(
            args,
            List.of("--index", "--queries", "--threads", "--warmup", "--iterations", "--seconds", "--layers", "--answers", "--peers"),
            List.of());
    if (o.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    if (o.value("--index", null) == null || !o.positional().isEmpty()) {
      throw new UsageException(USAGE);
    }
    Path index = Path.of(o.value("--index", null));
    String queryFile = o.value("--queries", null);
    List<BenchQuery> queries = queryFile != null ? QueryFile.read(Path.of(queryFile)) : QueryFile.readDefault();
    BenchRun run =
        new BenchRun(queries, o.intValue("--warmup", 3), o.intValue("--iterations", 5),
            o.intList("--threads", List.of(1, 2)), o.intValue("--seconds", 10), line -> err.println("  " + line));
    List<LayerFigures> layers = new ArrayList<>();
    long rows = 0;
    for (String layer : o.value("--layers", "fenjie,fenjie-plain,lucene").split(",")) {
      err.println("bench: " + layer + " on " + index + ", " + queries.size() + " queries");
      switch (layer.strip()) {
        case "fenjie", "fenjie-plain" -> {
          SearchOptions options = layer.strip().equals("fenjie") ? SearchOptions.defaults() : SearchOptions.baseline();
          try (TaskSearch search = LuceneTaskSearch.open(index, options, SemanticNeighbours.OFF, ServeCommand.engineSettings())) {
            rows = search.stats().rows();
            layers.add(run.measure(new EngineTarget(layer.strip(), search)));
          }
        }
        case "lucene" -> {
          try (BareLuceneSearch lucene = BareLuceneSearch.open(index)) {
            layers.add(run.measure(new LuceneTarget(lucene)));
          }
        }
        default -> throw new UsageException("unknown layer '" + layer + "' (fenjie, fenjie-plain, lucene)");
      }
    }
    List<LayerFigures> columns = new ArrayList<>(layers);
    Path answers = o.value("--answers", null) == null ? null : Path.of(o.value("--answers", null));
    if (o.value("--peers", null) != null) {
      Path peers = Path.of(o.value("--peers", null));
      PeersResults.read(peers).forEach(p -> columns.add(p.figures()));
      Path solr = peers.resolve("solr-run1.answers.jsonl");
      if (answers == null && Files.exists(solr)) {
        answers = solr;
      }
    }
    List<Agreement> agreement;
    try (BareLuceneSearch lucene = BareLuceneSearch.open(index)) {
      agreement = agreement(layers, answers, new ScoreTies(lucene, queries));
    }
    out.println(BenchReport.jsonLine(index.toString(), rows, queries.size(), columns, agreement));
    out.println();
    out.print(BenchReport.tables(columns, agreement));
    return 0;
  }

  /** Each layer against the peers answers (if given; tie order judged by score), and every pair of layers. */
  private static List<Agreement> agreement(List<LayerFigures> layers, Path answers, ScoreTies ties) throws IOException {
    List<Agreement> out = new ArrayList<>();
    if (answers != null) {
      Map<String, Answer> reference = Agreement.readPeersAnswers(answers);
      for (LayerFigures l : layers) {
        out.add(Agreement.compare(l.layer(), l.answers(), answers.getFileName().toString(), reference, ties));
      }
    }
    for (int i = 0; i < layers.size(); i++) {
      for (int j = i + 1; j < layers.size(); j++) {
        LayerFigures a = layers.get(j);
        LayerFigures b = layers.get(i);
        out.add(Agreement.compare(a.layer(), a.answers(), b.layer(), b.answers()));
      }
    }
    return out;
  }
}
