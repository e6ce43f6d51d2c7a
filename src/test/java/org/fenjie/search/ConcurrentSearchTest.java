package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fenjie.model.TaskRow;
import org.fenjie.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large index is searched in document ranges on several threads; every answer must be the one
 * the calling thread alone gives. The threshold is lowered so the small fixture index is cut too.
 */
class ConcurrentSearchTest {

  @TempDir static Path dir;
  static LuceneTaskSearch sliced;
  static LuceneTaskSearch single;

  @BeforeAll
  static void open() throws IOException {
    single = SearchFixture.open(dir);
    sliced = LuceneTaskSearch.open(
        dir, SearchOptions.defaults(), SemanticNeighbours.OFF, EngineSettings.defaults().withThreadsFromDocs(4));
  }

  @AfterAll
  static void close() throws IOException {
    sliced.close();
    single.close();
  }

  static List<SearchRequest> requests() {
    return List.of(
        new SearchRequest("", Map.of(), 1, 100, SortOrder.RELEVANCE),
        new SearchRequest("企业", Map.of(), 1, 5, SortOrder.RELEVANCE),
        new SearchRequest("企业", Map.of(), 2, 5, SortOrder.RELEVANCE),
        new SearchRequest("养老", Map.of("region", List.of("晋江市", "南安市")), 1, 10, SortOrder.RELEVANCE),
        new SearchRequest("企业 发展", Map.of("region", List.of("晋江市")), 1, 10, SortOrder.RELEVANCE),
        new SearchRequest("", Map.of("unit", List.of("商务局"), "year", List.of("2026")), 1, 10, SortOrder.DOCUMENT),
        new SearchRequest("产业 -海外仓", Map.of("kind", List.of(TaskRow.KIND_BREAKDOWN)), 1, 20, SortOrder.RELEVANCE));
  }

  @Test
  void slicedSearchesAnswerExactlyLikeOneThread() throws IOException {
    for (SearchRequest r : requests()) {
      SearchResult a = sliced.search(r);
      SearchResult b = single.search(r);
      assertEquals(b.total(), a.total(), r.toString());
      assertEquals(b.hits(), a.hits(), r.toString());
      assertEquals(b.facets(), a.facets(), r.toString());
      assertEquals(single.facetValues("unit", "", r, 50), sliced.facetValues("unit", "", r, 50), r.toString());
      List<TaskRow> x = new ArrayList<>();
      List<TaskRow> y = new ArrayList<>();
      sliced.export(r, x::add);
      single.export(r, y::add);
      assertEquals(y, x, r.toString());
    }
    assertTrue(sliced.search(requests().get(0)).total() > 10);
  }

  /** Under concurrent requests a search runs on its own thread alone (SearchThreads#enter): same answers. */
  @Test
  void concurrentRequestsAnswerLikeOneThread() throws Exception {
    List<SearchRequest> requests = requests();
    List<SearchResult> expected = new ArrayList<>();
    for (SearchRequest r : requests) {
      expected.add(single.search(r));
    }
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        done.add(clients.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < requests.size(); i++) {
              SearchResult got = sliced.search(requests.get(i));
              assertEquals(expected.get(i).total(), got.total(), requests.get(i).toString());
              assertEquals(expected.get(i).hits(), got.hits(), requests.get(i).toString());
              assertEquals(expected.get(i).facets(), got.facets(), requests.get(i).toString());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
  }
}
