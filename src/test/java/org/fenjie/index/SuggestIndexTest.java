package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.ParsedDocument;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.Suggestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the search box offers while a user types, over an index of the real seeds. */
class SuggestIndexTest {

  @TempDir static Path root;
  static LuceneTaskSearch search;
  static List<ParsedDocument> seeds;

  @BeforeAll
  static void indexTheSeeds() throws IOException, MalformedDocumentException {
    seeds = new DocumentParser().parseAll(DocumentParser.documentsIn(Path.of("seeds")));
    new IndexBuilder(root, CanonicalNames.basic()).build(seeds);
    search = LuceneTaskSearch.open(root);
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @Test
  void typingTheStartOfACompoundOffersTheWholeCompound() throws IOException {
    // smartcn indexes 海外|仓, 低效|用地, 专|精|特|新: only the mined phrases complete them.
    assertOffersPhrase("海外", "海外仓");
    assertOffersPhrase("低效", "低效用地");
    assertOffersPhrase("专精", "专精特新");
    assertOffersPhrase("跨境", "跨境电商");
  }

  @Test
  void aPhraseWeighsAsManyRowsAsWriteIt() throws IOException {
    // 专精特新 is quoted in some rows and written plainly in more: all of them count.
    Suggestion compound = search.suggest("专精", 10).stream().filter(s -> s.text().equals("专精特新")).findFirst().orElseThrow();
    long rows = seeds.stream().flatMap(d -> d.rows().stream()).filter(r -> r.task().contains("专精特新")).count();
    assertEquals(rows, compound.weight(), compound.toString());
  }

  @Test
  void namesKeepTheirTypeAndComeFirstWhenTheyNameMoreRows() throws IOException {
    List<Suggestion> chen = search.suggest("陈", 5);
    assertEquals("leader", chen.get(0).type(), chen.toString());
    assertTrue(search.suggest("工信", 5).stream().anyMatch(s -> s.text().equals("工信局") && s.type().equals("unit")));
    for (Suggestion s : search.suggest("海外", 10)) {
      assertTrue(List.of("leader", "unit", "phrase").contains(s.type()), s.toString());
    }
  }

  private static void assertOffersPhrase(String typed, String phrase) throws IOException {
    List<Suggestion> offered = search.suggest(typed, 10);
    assertTrue(offered.stream().anyMatch(s -> s.text().equals(phrase) && s.type().equals("phrase")),
        typed + " → " + offered);
  }
}
