package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.search.plan.QuerySynonyms;
import org.fenjie.search.plan.QueryText;
import org.junit.jupiter.api.Test;

class GlossaryTest {

  private static final String SIU = "包括①规模以上工业；②有资质的建筑业…";
  private final Glossary glossary =
      new Glossary(
          List.of(
              new GlossaryEntry("“四上”企业", SIU, "晋江市", "001.txt"),
              new GlossaryEntry("四上", SIU, "晋江市", "001.txt"),
              new GlossaryEntry("“1+6”专项行动", "“1”即以盘活利用低效用地试点为总牵引…", "晋江市", "001.txt"),
              new GlossaryEntry("“三生空间”", "生产、生活、生态空间。", "晋江市", "001.txt")));

  private List<String> terms(String q) {
    return glossary.matching(QueryText.parse(q)).stream().map(GlossaryEntry::term).toList();
  }

  @Test
  void aTermIsFoundWithOrWithoutItsQuotesAndOnlyOnce() {
    assertEquals(List.of("“四上”企业"), terms("四上企业"));
    assertEquals(List.of("“四上”企业"), terms("四上"), "the quoted core alone; one explanation once");
    assertEquals(List.of("“1+6”专项行动"), terms("1+6专项行动"));
    assertEquals(List.of("“三生空间”"), terms("优化 三生空间"));
  }

  @Test
  void aWordThatIsOnlyPartOfATermDoesNotBringItUp() {
    assertEquals(List.of(), terms("企业"));
    assertEquals(List.of(), terms("空间"));
    assertEquals(List.of(), terms(""));
  }
}
