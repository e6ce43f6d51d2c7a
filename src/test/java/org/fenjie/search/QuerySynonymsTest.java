package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.fenjie.search.plan.QuerySynonyms;
import org.fenjie.search.plan.QueryText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's word finds the rows that print its reviewed synonym; a quoted phrase stays literal. */
class QuerySynonymsTest {

  @TempDir static Path dir;
  static LuceneTaskSearch search;
  static LuceneTaskSearch literal;

  @BeforeAll
  static void open() throws IOException {
    search = SearchFixture.open(dir);
    literal = LuceneTaskSearch.open(dir, SearchOptions.defaults().withSynonyms(false));
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
    literal.close();
  }

  @Test
  void chipsFindTheIntegratedCircuitTaskThatNeverSaysChip() throws IOException {
    String icOnly = "jinjiang-2026-breakdown-6"; // 打造两岸集成电路产业合作示范中心, no 芯片
    assertTrue(ids(search, "芯片").contains(icOnly));
    assertFalse(ids(literal, "芯片").contains(icOnly), "without the list the word is taken literally");
    assertTrue(ids(search, "芯片").containsAll(ids(literal, "芯片")), "expansion only adds rows");
  }

  @Test
  void latinWordsMatchWhateverCaseTheUserTypes() throws IOException {
    assertTrue(ids(search, "ai").contains("quangang-2026-breakdown-2"), "推动人工智能同产业融合发展");
    assertEquals(ids(search, "AI"), ids(search, "ai"));
  }

  @Test
  void aQuotedWordIsNotExpanded() throws IOException {
    assertEquals(ids(literal, "芯片"), ids(search, "\"芯片\""));
  }

  @Test
  void aListedWordFindsExactlyWhatAnyOfItsSynonymsFindsLiterally() throws IOException {
    Set<String> union = new HashSet<>();
    for (String form : List.of("芯片", "集成电路", "半导体")) {
      union.addAll(ids(literal, form));
    }
    assertEquals(union, ids(search, "芯片"));
    assertEquals(union, ids(search, "半导体"), "the entry works from every member");
  }

  @Test
  void synonymsStayInsideTheirRequiredWord() throws IOException {
    Set<String> both = ids(search, "芯片 链主");
    assertEquals(Set.of("nanan-2026-breakdown-28"), both, "链主 must still match: " + both);
  }

  @Test
  void readsEquivalentAndOneWayEntries() throws IOException {
    QuerySynonyms s = QuerySynonyms.read(new StringReader("# c\n芯片 集成电路\twhy\n幼儿园 > 学前 托幼\twhy\n"), "t");
    assertEquals(List.of("集成电路", "芯片"), s.forms(new QueryText.Clause("集成电路", false)));
    assertEquals(List.of("幼儿园", "学前", "托幼"), s.forms(new QueryText.Clause("幼儿园", false)));
    assertEquals(List.of("学前"), s.forms(new QueryText.Clause("学前", false)), "one way only");
    assertEquals(List.of("幼儿园"), s.forms(new QueryText.Clause("幼儿园", true)), "quoted");
  }

  @Test
  void aMalformedEntryNamesItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuerySynonyms.read(new StringReader("芯片 集成电路\n孤单\n"), "list.tsv"));
    assertTrue(e.getMessage().startsWith("list.tsv:2:"), e.getMessage());
  }

  @Test
  void theShippedListLoads() {
    assertEquals(List.of("新能源车", "新能源汽车", "电动汽车", "电动车"),
        QuerySynonyms.load().forms(new QueryText.Clause("新能源车", false)));
  }

  private static Set<String> ids(LuceneTaskSearch s, String q) throws IOException {
    return s.search(SearchFixture.query(q)).hits().stream().filter(h -> h.match().equals("all"))
        .map(h -> h.row().id()).collect(Collectors.toSet());
  }

}
