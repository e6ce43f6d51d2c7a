package org.fenjie.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

/**
 * 晋江 000: shifted columns, glued and mid-block section labels, broken unit names, leaders out of unit order, lost 分管市领导 cells.
 */
class JinjiangTableTest extends LayoutContractTest {
  JinjiangTableTest() {
    super(new LineTableLayout(),
        "seeds/000_49bd79bf689c61c0.txt",
        132,
        "line-table/000_jinjiang.golden.jsonl",
        "6", "8", "22", "24", "26", "27", "29", "33", "35", "36", "44", "45", "46", "52", "62",
        "68", "71", "78", "79", "88", "99", "105", "111", "117", "123");
  }

  @Test
  void numbersOneTo132EachOnce() throws Exception {
    List<String> seqs = parsed().rows().stream().map(TaskRow::seq).toList();
    assertEquals(IntStream.rangeClosed(1, 132).mapToObj(String::valueOf).toList(), seqs);
  }

  @Test
  void lostOverseerCellsAreFlaggedNotInvented() throws Exception {
    ParsedDocument d = parsed();
    Set<String> flagged = d.warnings().stream().filter(w -> w.message().contains("分管领导"))
        .map(IngestWarning::rowId).collect(Collectors.toSet());
    assertEquals(Set.of("jinjiang-2026-breakdown-26", "jinjiang-2026-breakdown-35", "jinjiang-2026-breakdown-117"), flagged);
    assertEquals(List.of(), row(d, "26").overseers());
  }

  @Test
  void aLeaderListedInAnotherOrderGoesToTheUnitOtherRowsGiveThem() throws Exception {
    assertEquals(List.of(new Leader("林时就", "招商办"), new Leader("许国鑫", "经济开发区管委会"),
        new Leader("各镇镇长、街道办事处主任", "各镇人民政府、街道办事处")), row(parsed(), "36").leaders());
  }

  @Test
  void fewerLeadersThanUnitsLeavesTheUnitWithoutEvidenceUnpaired() throws Exception {
    TaskRow r = row(parsed(), "46");
    assertEquals(List.of("盘活办", "自然资源局", "农业农村局"), r.leadUnits());
    assertEquals(List.of(new Leader("陈英俊", "自然资源局"), new Leader("丁永达", "农业农村局")), r.leaders());
  }

  @Test
  void sectionCellsOfTheNextChapterOnAPageStartGoBackWhereTheNumberingSaysTheyBelong() throws Exception {
    ParsedDocument d = parsed();
    assertTrue(row(d, "88").section().get(0).startsWith("六、"), "88 continues 六's (三)");
    assertEquals("(三) 促进文化事业蓬勃发展", row(d, "88").section().get(1));
    assertEquals("(一) 织密社会保障网络", row(d, "92").section().get(1));
    assertEquals("(一) 加强历史文脉保护传承", row(d, "78").section().get(1), "label printed on the block's second row");
  }

  private static TaskRow row(ParsedDocument d, String seq) {
    return d.rows().stream().filter(r -> r.seq().equals(seq)).findFirst().orElseThrow();
  }
}
