package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fenjie.index.Schema;
import org.apache.lucene.search.Query;
import org.fenjie.search.SearchRequest.SortOrder;
import org.fenjie.search.plan.QueryPlan;
import org.fenjie.search.plan.QueryPlanner;
import org.fenjie.search.plan.UnitFamilies;

/**
 * Fuzzing the query builder and the engine behind it: whatever the query text, filter values,
 * paging and cursor, the built query holds only term and phrase queries, and the engine answers
 * with a sane page or refuses with BadQueryException — never another exception.
 *
 * <p>In `./fenjie test` this replays its inputs under src/test/resources/.../
 * QueryBuilderFuzzTestInputs/. To fuzz for real:
 * {@code JAZZER_FUZZ=1 ./fenjie test -Dtest='QueryBuilderFuzzTest'} (stops after maxDuration).
 */
class QueryBuilderFuzzTest {

  private static LuceneTaskSearch search;
  private final QueryTranslator translator = new QueryTranslator(Schema.analyzer(), SearchOptions.defaults());
  private static final QueryPlanner PLANNER =
      LuceneTaskSearch.planner(Schema.analyzer(), SearchOptions.defaults(), UnitFamilies.load());

  private static synchronized LuceneTaskSearch search() {
    if (search == null) {
      try {
        Path dir = Files.createTempDirectory("fenjie-fuzz-index");
        dir.toFile().deleteOnExit();
        search = SearchFixture.open(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return search;
  }

  @FuzzTest(maxDuration = "2m")
  void anyRequestIsAnsweredOrRefusedAndNeverExpands(FuzzedDataProvider data) throws IOException {
    String q = data.consumeString(300);
    String unit = data.consumeString(120);
    int page = data.pickValue(new int[] {1, 2, 0, -1, 100, 101, Integer.MAX_VALUE, data.consumeInt()});
    int size = data.consumeInt(-3, 130);
    SortOrder sort = data.consumeBoolean() ? SortOrder.RELEVANCE : SortOrder.DOCUMENT;
    String cursor = data.consumeBoolean() ? data.consumeString(300) : null;
    try {
      TermsOnly visitor = new TermsOnly();
      QueryPlan plan = PLANNER.plan(q, false);
      for (Query tier : Arrays.asList(translator.all(plan), translator.most(plan, q1 -> q1.hashCode() % 2 == 0), translator.related(plan))) {
        if (tier != null) {
          tier.visit(visitor);
        }
      }
      assertEquals(List.of(), visitor.offences, q);
    } catch (BadQueryException refused) {
      assertTrue(!refused.getMessage().isBlank());
    }
    SearchRequest request = new SearchRequest(q, Map.of("unit", List.of(unit)), page, size, sort, cursor);
    try {
      SearchResult r = search().search(request);
      assertTrue(r.total() >= 0 && r.hits().size() <= Math.max(0, size), "page within its size");
      r.hits().forEach(h -> assertTrue(!h.highlight().get("task").contains("<script"), "highlight escaped"));
      if (r.nextCursor() != null) {
        search().search(request.after(r.nextCursor()));
      }
    } catch (BadQueryException refused) {
      assertTrue(!refused.getMessage().isBlank());
    }
    search().suggest(q, 5);
    search().get(q);
    try {
      search().facetValues("unit", unit, new SearchRequest(q, Map.of(), 1, 10, null), 10);
    } catch (BadQueryException refused) {
      assertTrue(!refused.getMessage().isBlank());
    }
  }
}
