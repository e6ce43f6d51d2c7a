package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.fenjie.search.LuceneTaskSearch;
import org.junit.jupiter.api.Test;

/**
 * A search past its time budget answers 200 with what it found and {@code "partial": true}; within
 * it, the whole answer and {@code "partial": false}. The budget here is one nanosecond, spent before
 * Lucene scores the first block of documents, so the test needs no clock and no slow query.
 */
class TimeBudgetTest {

  static final String QUERY = "/api/search?q=" + LiveServer.encode("企业") + "&region=" + LiveServer.encode("晋江市");

  @Test
  void aSearchPastItsBudgetSaysItIsPartialAndStillAnswers() throws Exception {
    JsonObject whole;
    try (LiveServer server = Fixtures.server()) {
      whole = LiveServer.json(server.get(QUERY));
    }
    assertFalse(whole.get("partial").getAsBoolean());
    assertTrue(whole.get("total").getAsLong() > 0);
    LuceneTaskSearch tiny = LuceneTaskSearch.open(Fixtures.seedIndex()).withTimeBudget(Duration.ofNanos(1));
    try (LiveServer server = new LiveServer(tiny, HttpConfig.defaults(Fixtures.emptyWeb()))) {
      HttpResponse<String> r = server.get(QUERY);
      assertEquals(200, r.statusCode(), r.body());
      JsonObject cut = LiveServer.json(r);
      assertTrue(cut.get("partial").getAsBoolean(), r.body());
      assertTrue(cut.get("total").getAsLong() < whole.get("total").getAsLong(), r.body());
      assertTrue(cut.getAsJsonArray("hits").size() <= whole.getAsJsonArray("hits").size());
      // Counts cut short are never remembered: a later search with a normal budget is whole again.
      tiny.withTimeBudget(LuceneTaskSearch.DEFAULT_TIME_BUDGET);
      JsonObject after = LiveServer.json(server.get(QUERY));
      assertFalse(after.get("partial").getAsBoolean());
      assertEquals(whole.get("total"), after.get("total"));
      assertEquals(whole.get("facets"), after.get("facets"));
      JsonObject filterOnly = LiveServer.json(server.get("/api/search?region=" + LiveServer.encode("晋江市")));
      tiny.withTimeBudget(Duration.ofNanos(1));
      server.get("/api/search?region=" + LiveServer.encode("南安市"));
      tiny.withTimeBudget(LuceneTaskSearch.DEFAULT_TIME_BUDGET);
      assertEquals(filterOnly.get("facets"), LiveServer.json(server.get("/api/search?region=" + LiveServer.encode("晋江市"))).get("facets"));
      System.out.println("RELIABILITY time budget 1 ns: 200, partial=true, total " + cut.get("total") + " of "
          + whole.get("total") + "; default 2 s: partial=false, the same total and facets as before");
    }
  }
}
