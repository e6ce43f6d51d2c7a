package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compound terms mined from the seeds' task texts for the search box's suggestions. */
class PhraseMinerTest {

  static List<String> tasks;
  static Map<String, Integer> phrases;

  @BeforeAll
  static void mineTheSeeds() throws IOException, MalformedDocumentException {
    DocumentParser parser = new DocumentParser();
    tasks = parser.parseAll(DocumentParser.documentsIn(Path.of("seeds"))).stream()
        .map(ParsedDocument::rows).flatMap(List::stream).map(TaskRow::task).toList();
    PhraseMiner miner = new PhraseMiner();
    tasks.forEach(miner::add);
    phrases = miner.phrases();
  }

  @Test
  void findsTheCompoundsSmartcnCutsApart() {
    for (String compound : List.of("海外仓", "低效用地", "专精特新", "跨境电商", "乡村振兴", "老旧小区")) {
      assertTrue(phrases.containsKey(compound), compound + " among " + phrases.size() + " phrases");
      assertEquals(rowsContaining(compound), phrases.get(compound), compound + ": rows that hold it");
    }
  }

  @Test
  void leavesOutPiecesOfLongerPhrasesAndWordsCutFromTheirNeighbours() {
    // 低效用 and 效用地 only ever occur inside 低效用地; 年行动 nearly always after 三; 推进高 is
    // 推进 + the 高 of 高质量; 外仓 and 精特新 are not even runs of whole smartcn words.
    for (String fragment : List.of("低效用", "效用地", "外仓", "精特新", "年行动", "推进高", "三年行")) {
      assertFalse(phrases.containsKey(fragment), fragment);
    }
  }

  @Test
  void everyPhraseRecursAndNoneOpensOrClosesOnAFunctionWord() {
    assertFalse(phrases.isEmpty());
    phrases.forEach((phrase, rows) -> {
      assertTrue(rows >= PhraseMiner.MIN_ROWS, phrase);
      assertTrue(phrase.length() >= PhraseMiner.MIN_CHARS && phrase.length() <= PhraseMiner.MAX_CHARS, phrase);
      assertTrue(rowsContaining(phrase) >= rows, phrase + " is in fewer rows than counted");
      assertFalse(phrase.matches("^[的和及等与].*|.*[的和及等与]$|.*以上$"), phrase);
    });
  }

  @Test
  void aPhraseInOneRowOnlyIsNotOffered() {
    PhraseMiner miner = new PhraseMiner();
    miner.add("新建超 20 个海外仓，持续拓展服务矩阵。");
    miner.add("盘活低效用地 7000 亩以上。");
    assertEquals(Map.of(), miner.phrases());
  }

  private static int rowsContaining(String phrase) {
    return (int) tasks.stream().filter(t -> t.contains(phrase)).count();
  }
}
