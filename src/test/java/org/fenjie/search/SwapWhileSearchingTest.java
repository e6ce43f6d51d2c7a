package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.SampleCorpus;
import org.fenjie.model.CanonicalNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches running while new generations are built and swapped in never fail or mix indexes. */
class SwapWhileSearchingTest {

  @TempDir Path dir;

  @Test
  void searchesDuringRebuildsAndRefreshesStayConsistent() throws Exception {
    IndexBuilder builder = new IndexBuilder(dir, CanonicalNames.basic());
    builder.build(List.of(SampleCorpus.contest()));
    long small = SampleCorpus.contest().rows().size();
    long big = SearchFixture.rows().size();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean done = new AtomicBoolean();
    try (LuceneTaskSearch search = LuceneTaskSearch.open(dir)) {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        workers.add(pool.submit(() -> {
          int n = 0;
          while (!done.get() || n < 20) {
            SearchResult r = search.search(new SearchRequest(n % 2 == 0 ? "" : "企业", Map.of(), 1, 5, null));
            int regions = r.facets().get("region").stream().mapToInt(FacetValue::count).sum();
            assertEquals(r.total(), regions, "one index per answer");
            if (n % 2 == 0) {
              assertTrue(r.total() == small || r.total() == big, "total " + r.total());
            }
            search.suggest("陈", 5);
            n++;
          }
          return n;
        }));
      }
      for (int round = 0; round < 4; round++) {
        builder.build(round % 2 == 0 ? SearchFixture.documents() : List.of(SampleCorpus.contest()));
        assertTrue(search.refresh());
      }
      done.set(true);
      for (Future<Integer> w : workers) {
        assertTrue(w.get() >= 20);
      }
      assertEquals(small, search.stats().rows());
    } finally {
      pool.shutdownNow();
    }
  }
}
