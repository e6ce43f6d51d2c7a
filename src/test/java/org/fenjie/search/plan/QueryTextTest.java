package org.fenjie.search.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fenjie.search.BadQueryException;
import org.fenjie.search.plan.QueryText.Clause;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void wordsPhrasesAndExclusions() {
    QueryText q = QueryText.parse("  海外仓  \"跨境 电商\" -养老 -“四帮四扶” ");
    assertEquals(List.of(new Clause("海外仓", false), new Clause("跨境 电商", true)), q.words());
    assertEquals(List.of(new Clause("养老", false), new Clause("四帮四扶", true)), q.excluded());
  }

  @Test
  void luceneSyntaxIsPlainTextButItsBracketsSeparateWords() {
    QueryText q = QueryText.parse("region:晋江市 海外* 仓~2 AND ^3 +工信局");
    assertEquals(List.of("region", "晋江市", "海外*", "仓~2", "^3", "工信局"), q.words().stream().map(Clause::text).toList());
    assertTrue(q.excluded().isEmpty());
  }

  @Test
  void orAndPipeMeanEither() {
    QueryText q = QueryText.parse("光伏 OR 新能源 海外仓");
    assertEquals(2, q.required().size());
    assertEquals(List.of(new Clause("光伏", false), new Clause("新能源", false)), q.required().get(0).options());
    assertEquals(q.required(), QueryText.parse("光伏 | 新能源 海外仓").required());
    assertEquals(q.required(), QueryText.parse("光伏|新能源 海外仓").required(), "a pipe needs no spaces");
    assertEquals(List.of(new Clause("托育", false)), QueryText.parse("OR 托育").words(), "a leading OR is nothing");
    assertEquals(3, QueryText.parse("托育 or 幼儿园").required().size(), "lower-case or is a word, as in Lucene");
  }

  @Test
  void pastedPunctuationSeparatesWordsButFiguresKeepTheirPoint() {
    assertEquals(List.of("持续拓展", "晋品出海", "服务矩阵"),
        QueryText.parse("持续拓展“晋品出海”服务矩阵").words().stream().map(Clause::text).toList());
    assertEquals(List.of("一鹤", "飞", "晋京廉政展演"),
        QueryText.parse("《一鹤“飞”》晋京廉政展演").words().stream().map(Clause::text).toList());
    assertEquals(List.of("新增城镇就业2.2万人", "5.0%"),
        QueryText.parse("新增城镇就业2.2万人，5.0%。").words().stream().map(Clause::text).toList());
    assertEquals(List.of("1+N", "10G-PON"), QueryText.parse("1+N、10G-PON").words().stream().map(Clause::text).toList());
  }

  @Test
  void onlyPunctuationAndOnlyInvisibleCharactersAreBothTheEmptyQuery() {
    assertTrue(QueryText.parse("，。、“”《》").isEmpty());
    assertTrue(QueryText.parse("\u200B\u200B").isEmpty());
    assertTrue(QueryText.parse("").isEmpty());
  }

  @Test
  void anUnbalancedQuoteIsDropped() {
    assertEquals(List.of(new Clause("海外仓", false), new Clause("跨境", false)), QueryText.parse("\"海外仓 跨境").words());
  }

  @Test
  void controlAndFullWidthCharactersAreNormalised() {
    assertEquals(List.of(new Clause("AI", false), new Clause("赋能", false)), QueryText.parse("ＡＩ\u0000\u200B赋能").words());
    assertEquals(List.of(new Clause("海外仓", false), new Clause("养老", false)), QueryText.parse("海外仓\u3000养老").words());
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
