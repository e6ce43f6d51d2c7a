package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.Test;

/** Inputs from people and bots: each is answered or refused with BadQueryException, nothing else. */
class HostileQueryTest extends OnSampleIndex {

  static final List<String> HOSTILE =
      List.of(
          "\"", "\"\"", "\"海外仓", "海外仓\"", "“海外仓", "-", "--", "---海外仓", "+", "+-+-", "!", "!海外仓",
          "*", "?", "海*", "*仓", "?海外仓", "海外~", "海外仓~0.5", "海外仓^100", "/海.*/", "/", "//", "\\", "\\\\\\",
          "(", ")", "((((((((", "[1 TO 5]", "{a TO b}", "AND", "OR", "NOT", "&&", "||", "a AND OR NOT b",
          "task:海外仓", "region:晋江市", "_id:1", "*:*", ":", "::::", "id:*", "row:<script>",
          "<script>alert(1)</script>", "'; DROP TABLE rows; --", "%00", "%E4%B8", "${jndi:ldap://x}",
          "\u0000", "\u0000海外仓\u0000", "\u0007\u0008\u001b[31m", "\r\n\t", "\uFEFF", "\u200B\u200C\u200D",
          "\u202E海外仓", "\u202Dabc\u202C", "\uD800", "\uDC00海", "海\uD83D", "🙂", "🙂🙂🙂", "👨‍👩‍👧‍👦", "海外仓🙂",
          "𠀀𠀁", "ｒｅｇｉｏｎ：晋江", "＂海外仓＂", "ＡＮＤ", "مرحبا", "שלום", "Привет", "ñ", "ß", "İ",
          "海 ".repeat(16), "海".repeat(200), "a".repeat(200), "海 ".repeat(17), "海".repeat(201), "x".repeat(10_000),
          "\"".repeat(10_000), "-".repeat(100_000), "(".repeat(5_000), "🙂".repeat(5_000), " ".repeat(100_000),
          "null", "undefined", "NaN", "-1", "0", "1e309", "9".repeat(100));

  @Test
  void everyHostileQueryIsAnsweredOrRefusedCleanly() throws IOException {
    int answered = 0;
    List<String> refused = new ArrayList<>();
    for (String q : HOSTILE) {
      for (String asFilter : List.of("q", "unit", "facet")) {
        try {
          SearchRequest r =
              asFilter.equals("unit")
                  ? new SearchRequest("", Map.of("unit", List.of(q)), 1, 10, SortOrder.RELEVANCE)
                  : new SearchRequest(q, Map.of(), 1, 10, SortOrder.RELEVANCE);
          if (asFilter.equals("facet")) {
            search.facetValues("leader", q, new SearchRequest("", Map.of(), 1, 10, null), 10);
            search.suggest(q, 10);
            search.get(q);
            search.similar(q, 5);
            search.export(r, row -> {});
          } else {
            SearchResult result = search.search(r);
            assertTrue(result.total() >= 0 && result.hits().size() <= 10);
            result.hits().forEach(h -> assertTrue(!h.highlight().get("task").contains("<script"), q));
          }
          answered++;
        } catch (BadQueryException e) {
          assertTrue(!e.getMessage().isBlank());
          refused.add(asFilter + ":" + (q.length() > 20 ? q.substring(0, 20) + "…(" + q.length() + ")" : q) + " " + e.getMessage());
        } catch (RuntimeException e) {
          fail("query " + q.substring(0, Math.min(q.length(), 40)) + " (" + asFilter + ") threw " + e, e);
        }
      }
    }
    System.out.println("hostile queries: " + answered + " answered, refused: " + refused);
    assertTrue(answered > HOSTILE.size() * 2, "most hostile input is simply answered");
  }

  @Test
  void operatorsAreNeverExpanded() throws IOException {
    // As text these match nothing or exactly what the plain word matches; never "everything".
    assertEquals(0, search.search(SearchFixture.query("*:*")).total());
    assertEquals(search.search(SearchFixture.query("海外")).total(), search.search(SearchFixture.query("海外*")).total());
    assertEquals(0, search.search(SearchFixture.query("/.*/")).total());
    assertEquals(0, search.search(SearchFixture.query("🙂")).total());
  }
}
