package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fenjie.search.QueryText.Clause;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void wordsPhrasesAndExclusions() {
    QueryText q = QueryText.parse("  海外仓  \"跨境 电商\" -养老 -“四帮四扶” ");
    assertEquals(List.of(new Clause("海外仓", false), new Clause("跨境 电商", true)), q.required());
    assertEquals(List.of(new Clause("养老", false), new Clause("四帮四扶", true)), q.excluded());
  }

  @Test
  void luceneSyntaxIsPlainText() {
    QueryText q = QueryText.parse("region:晋江市 海外* 仓~2 AND (养老 OR 托育) +工信局 ^3");
    assertEquals(
        List.of("region:晋江市", "海外*", "仓~2", "(养老", "OR", "托育)", "工信局", "^3"),
        q.required().stream().map(Clause::text).toList());
    assertTrue(q.excluded().isEmpty());
  }

  @Test
  void anUnbalancedQuoteIsDropped() {
    assertEquals(List.of(new Clause("海外仓", false), new Clause("跨境", false)), QueryText.parse("\"海外仓 跨境").required());
  }

  @Test
  void controlAndFullWidthCharactersAreNormalised() {
    assertEquals(List.of(new Clause("AI", false), new Clause("赋能", false)), QueryText.parse("ＡＩ\u0000\u200B赋能").required());
    assertEquals(List.of(new Clause("海外仓", false), new Clause("养老", false)), QueryText.parse("海外仓\u3000养老").required());
  }

  @Test
  void tooLongOrTooManyWordsIsAClearError() {
    BadQueryException e = assertThrows(BadQueryException.class, () -> QueryText.parse("海".repeat(QueryText.MAX_CHARS + 1)));
    assertTrue(e.getMessage().contains(Integer.toString(QueryText.MAX_CHARS)));
    assertThrows(BadQueryException.class, () -> QueryText.parse("海 ".repeat(QueryText.MAX_CLAUSES + 1)));
    assertEquals(QueryText.MAX_CLAUSES, QueryText.parse("海 ".repeat(QueryText.MAX_CLAUSES)).required().size());
  }

  @Test
  void nothingButMinusesAndQuotesIsAnEmptyQuery() {
    assertTrue(QueryText.parse(" - -- \"\" “” + ").isEmpty());
  }
}
