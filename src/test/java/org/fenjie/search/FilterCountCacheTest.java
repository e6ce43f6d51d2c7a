package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.fenjie.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.Test;

/** Counts remembered for requests without words are the counts, whatever order the filters come in. */
class FilterCountCacheTest extends OnSampleIndex {

  private static SearchRequest request(String q, Map<String, List<String>> filters) {
    return new SearchRequest(q, filters, 1, 10, SortOrder.RELEVANCE);
  }

  @Test
  void aRepeatedFacetClickGetsTheSameAnswerInAnyOrder() throws IOException {
    Map<String, List<String>> filters = Map.of("unit", List.of("工信局", "商务局"), "year", List.of("2026"));
    SearchResult first = search.search(request("", filters));
    SearchResult again = search.search(request("", filters));
    SearchResult reordered =
        search.search(request("", Map.of("year", List.of("2026"), "unit", List.of("商务局", "工信局"))));
    for (SearchResult r : List.of(again, reordered)) {
      assertEquals(first.total(), r.total());
      assertEquals(first.facets(), r.facets());
      assertEquals(first.hits(), r.hits());
    }
  }

  @Test
  void wordsAreNeverAnsweredFromTheCache() throws IOException {
    Map<String, List<String>> filters = Map.of("region", List.of(SearchFixture.SHISHI, "晋江市"));
    SearchResult noWords = search.search(request("", filters));
    SearchResult words = search.search(request("养老", filters));
    assertNotEquals(noWords.total(), words.total());
    assertNotEquals(noWords.facets().get("unit"), words.facets().get("unit"));
  }
}
