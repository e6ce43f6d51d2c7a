package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

/** What the user's words mean: AND, phrases, exclusion, names, and safe highlights. */
class QuerySemanticsTest extends OnSampleIndex {

  @Test
  void everyWordMustMatch() throws IOException {
    assertEquals(idsWhere(r -> r.task().contains("海外仓") && r.task().contains("跨境电商")), ids("海外仓 跨境电商"));
    assertEquals(idsWhere(r -> r.task().contains("低效用地") && r.task().contains("土地")), ids("低效用地 土地"));
  }

  @Test
  void quotedTextIsOnePhraseWhileLooseWordsMayBeApart() throws IOException {
    Set<String> phrase = ids("\"链主企业\"");
    assertEquals(idsWhere(r -> r.task().contains("链主企业")), phrase);
    assertEquals(phrase, ids("“链主企业”"), "Chinese quotes work the same");
    Set<String> loose = ids("链主 企业");
    assertTrue(loose.containsAll(phrase));
    assertTrue(loose.contains("nanan-2026-breakdown-28"), "以三安为链主，集聚一批上下游企业: both words, apart");
    assertFalse(phrase.contains("nanan-2026-breakdown-28"));
  }

  @Test
  void aFigureWithItsUnitRanksAboveRowsSharingOnlyTheNumber() throws IOException {
    List<String> ranked = search.search(SearchFixture.query("5%")).hits().stream().map(h -> h.row().id()).toList();
    assertEquals("nanan-2026-breakdown-1", ranked.get(0), "地区生产总值增长5% first: " + ranked);
    assertTrue(ranked.contains("jinjiang-2026-breakdown-14"), "布设 5 个国际选品中心 still matches the number");
  }

  @Test
  void aCountyOrDocumentKindTypedAsAWordNarrowsToItsRows() throws IOException {
    assertEquals(idsWhere(r -> r.region().equals("南安市") && r.task().contains("链主")), ids("南安 链主"));
    assertEquals(idsWhere(r -> r.region().equals("晋江市") && r.task().contains("海外仓")), ids("晋江市 海外仓"));
    assertEquals(idsWhere(r -> r.kind().equals(TaskRow.KIND_CONTEST) && r.task().contains("低效用地")), ids("争先进位 低效用地"));
  }

  @Test
  void wordsRunTogetherMatchLikeWordsWithSpacesButRankBelowTheExactText() throws IOException {
    assertEquals(ids("晋江 养老"), ids("晋江养老"));
    assertFalse(ids("晋江养老").isEmpty());
    List<String> ranked = search.search(SearchFixture.query("链主企业")).hits().stream().map(h -> h.row().id()).toList();
    assertTrue(ranked.contains("nanan-2026-breakdown-28"), "以三安为链主，集聚一批上下游企业: both parts, apart");
    assertTrue(ranked.indexOf("nanan-2026-breakdown-28") > ranked.indexOf("jinjiang-2026-breakdown-1"),
        "构筑以链主企业为龙头 (the text as typed) first: " + ranked);
    assertFalse(ids("\"链主企业\"").contains("nanan-2026-breakdown-28"), "quoted stays exact");
  }

  @Test
  void aLeadingMinusExcludes() throws IOException {
    assertEquals(idsWhere(r -> r.task().contains("海外仓") && !r.task().contains("跨境电商")), ids("海外仓 -跨境电商"));
    assertEquals(idsWhere(r -> !r.task().contains("海外仓")), ids("-海外仓"));
    assertEquals(idsWhere(r -> r.task().contains("低效用地") && !r.task().contains("盘活利用低效用地")),
        ids("低效用地 -\"盘活利用低效用地\""));
  }

  @Test
  void wordsSmartcnDoesNotKnowAreFoundAsTyped() throws IOException {
    for (String word : List.of("晋品出海", "专精特新", "保租房", "链主")) {
      assertEquals(idsWhere(r -> r.task().contains(word) || r.leadUnits().stream().anyMatch(u -> u.contains(word))),
          ids(word), word);
    }
  }

  @Test
  void aPersonsNameFindsEveryRowNamingThemAboveRowsThatMentionItInPassing() throws IOException {
    List<String> ranked = rankedIds("陈进福");
    Set<String> naming = idsWhere(r -> leaderNames(r).contains("陈进福"));
    assertEquals(naming, Set.copyOf(ranked.subList(0, naming.size())));
    assertEquals("shishi-2026-breakdown-2", ranked.get(naming.size()), "the text-only mention comes after");
  }

  @Test
  void aUnitNameFindsEveryRowNamingTheUnitAboveRowsThatMentionItInPassing() throws IOException {
    List<String> ranked = rankedIds("工信局");
    Set<String> naming = idsWhere(r -> r.leadUnits().contains("工信局") || r.supportUnits().contains("工信局"));
    assertEquals(naming, Set.copyOf(ranked.subList(0, naming.size())));
    assertEquals(List.of("shishi-2026-breakdown-2"), ranked.subList(naming.size(), ranked.size()));
  }

  @Test
  void aPartOfAUnitNameFindsTheUnit() throws IOException {
    Set<String> hits = ids("监管");
    assertTrue(hits.containsAll(idsWhere(r -> r.leadUnits().contains("市场监管局"))), hits.toString());
  }

  @Test
  void highlightsMarkTheWordAndEscapeEverythingElse() throws IOException {
    SearchResult r =
        search.search(new SearchRequest("海外仓", Map.of("region", List.of(SearchFixture.SHISHI)), 1, 10, null));
    assertEquals(1, r.total());
    String html = r.hits().get(0).highlight().get("task");
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;新建<mark>海外仓</mark> 3 个 &amp; 跨境电商 &gt; 50%", html);
  }

  @Test
  void aShortTaskIsShownWholeAndALongOneAsItsBestPassage() throws IOException {
    for (SearchHit h : search.search(SearchFixture.query("海外仓")).hits()) {
      String html = h.highlight().get("task");
      String text = html.replaceAll("</?mark>", "");
      assertTrue(html.contains("<mark>海外仓</mark>"), html);
      if (h.row().task().length() <= TaskHighlighter.WHOLE_TASK_CHARS) {
        assertEquals(HtmlPassageFormatter.escape(h.row().task()), text);
      } else {
        assertTrue(text.length() < h.row().task().length(), text);
      }
    }
  }

  @Test
  void rowsFoundThroughANameStillGetTheirEscapedTask() throws IOException {
    SearchResult r = search.search(SearchFixture.query("洪明"));
    assertEquals(List.of("shishi-2026-breakdown-1"), r.hits().stream().map(h -> h.row().id()).toList());
    assertTrue(r.hits().get(0).highlight().get("task").startsWith("&lt;script&gt;"));
  }

  static Set<String> ids(String q) throws IOException {
    return Set.copyOf(rankedIds(q));
  }

  /** The exact tier's hits (every word matched): what the query language promises; later tiers follow it. */
  static List<String> rankedIds(String q) throws IOException {
    SearchResult r = search.search(SearchFixture.query(q));
    assertTrue(r.total() <= 100);
    return r.hits().stream().filter(h -> h.match().equals("all")).map(h -> h.row().id()).toList();
  }

  static Set<String> idsWhere(Predicate<TaskRow> p) {
    return SearchFixture.rows().stream().filter(p).map(TaskRow::id).collect(Collectors.toSet());
  }

  private static Set<String> leaderNames(TaskRow r) {
    Set<String> names = r.leaders().stream().map(Leader::name).collect(Collectors.toSet());
    names.addAll(r.overseers());
    return names;
  }
}
