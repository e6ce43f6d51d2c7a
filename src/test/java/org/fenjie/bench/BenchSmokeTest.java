package org.fenjie.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.TaskRow;
import org.fenjie.search.BareLuceneSearch;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchOptions;
import org.fenjie.synth.SynthCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark pipeline end to end on a tiny corpus: synth 1k rows, index them with two threads,
 * run the shipped query mix once. Timings are not asserted (shared machine); what is: no request
 * fails, and the engine with the harness's text semantics answers exactly like bare Lucene with
 * DrillSideways — same hits, same multi-select facet counts, same top ids.
 */
class BenchSmokeTest {

  @TempDir Path dir;

  @Test
  void synthIndexAndBenchAgreeWithBareLucene() throws IOException, MalformedDocumentException {
    List<TaskRow> rows = new ArrayList<>();
    new SynthCorpus(new DocumentParser().parseAll(DocumentParser.documentsIn(Path.of("seeds"))), 1).write(1_000, rows::add);
    long[] added = {0};
    new IndexBuilder(dir, ReviewedAliases.load())
        .build(rows.iterator(), 2, new IndexBuilder.Progress() {
          @Override
          public void added(long n) {}

          @Override
          public void allAdded(long n) {
            added[0] = n;
          }
        });
    assertEquals(1_000, added[0]);

    List<BenchQuery> queries = QueryFile.readDefault();
    BenchRun run = new BenchRun(queries, 0, 1, List.of(1), 0.05, line -> {});
    LayerFigures plain;
    LayerFigures served;
    try (LuceneTaskSearch s = LuceneTaskSearch.open(dir, SearchOptions.baseline())) {
      assertEquals(1_000, s.stats().rows());
      plain = run.measure(new EngineTarget("fenjie-plain", s));
    }
    try (LuceneTaskSearch s = LuceneTaskSearch.open(dir)) {
      served = run.measure(new EngineTarget("fenjie", s));
    }
    LayerFigures lucene;
    try (BareLuceneSearch b = BareLuceneSearch.open(dir)) {
      lucene = run.measure(new LuceneTarget(b));
    }
    assertEquals(0, plain.errors() + served.errors() + lucene.errors());
    assertEquals(queries.size(), served.answers().size());
    assertTrue(served.answers().values().stream().anyMatch(a -> a.total() > 0), "the mix finds something in 1k rows");
    // The baseline options are the harness's semantics (each word a phrase on the smartcn field),
    // so keyword requests must agree too. Leader filters are left out: a filter on a reviewed
    // alias (许著赞) also selects its canonical name in fenjie (NameAliases), by design.
    java.util.Map<String, Answer> reference = new java.util.LinkedHashMap<>(lucene.answers());
    queries.stream().filter(q -> q.filters().containsKey("leader")).forEach(q -> reference.remove(q.id()));
    Agreement a = Agreement.compare("fenjie-plain", plain.answers(), "lucene", reference);
    assertTrue(a.compared() >= 40, a.toString());
    assertTrue(a.identical(), a.toString());
    assertTrue(plain.byClass().keySet().containsAll(List.of("keyword", "and", "phrase", "name", "leader", "unit", "region", "filters-only")));
  }
}
