package org.fenjie.search.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fenjie.index.Schema;
import org.junit.jupiter.api.Test;

/** How run-together query words are split: smartcn's words, lone characters kept with a neighbour. */
class WordPartsTest {

  private final WordParts parts = new WordParts(Schema.analyzer());

  @Test
  void splitsWordsAUserRanTogether() {
    assertEquals(List.of("晋江", "养老"), parts.of("晋江养老"));
    assertEquals(List.of("海外仓", "建设"), parts.of("海外仓建设"), "仓 stays with 海外");
    assertEquals(List.of("建设", "海外仓"), parts.of("建设海外仓"));
  }

  @Test
  void leavesOneWordWhole() {
    assertEquals(List.of("海外仓"), parts.of("海外仓"));
    assertEquals(List.of("专精特新"), parts.of("专精特新"), "smartcn cuts it into four characters");
    assertEquals(List.of("养老"), parts.of("养老"));
    assertEquals(List.of("AI"), parts.of("AI"));
  }

  @Test
  void knownWeaknessNamesGluedToSingleCharacterWordsStayWhole() {
    // smartcn cuts 工信局专精特新 into single characters, so there is nothing to split on.
    assertEquals(List.of("工信局专精特新"), parts.of("工信局专精特新"));
  }
}
