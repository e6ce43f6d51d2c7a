package org.fenjie.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both query file forms give the request a user (or the harness) meant. */
class QueryFileTest {

  @Test
  void parameterLinesAreDecodedAndClassified() {
    List<BenchQuery> qs =
        QueryFile.parse(
            List.of(
                "# a comment",
                "q=%E6%B5%B7%E5%A4%96%E4%BB%93&unit=商务局&unit=工信局",
                "",
                "# class: leaders",
                "leader=林琪&page=3",
                "q=\"晋品出海\" 品牌 -出口"),
            "mix.txt");
    assertEquals(3, qs.size());
    BenchQuery first = qs.get(0);
    assertEquals("海外仓", first.q());
    assertEquals(Map.of("unit", List.of("商务局", "工信局")), first.filters());
    assertEquals("keyword+filter", first.kind());
    assertEquals(5, first.facets().size());
    assertEquals("leaders", qs.get(1).kind());
    assertEquals(List.of(), qs.get(1).terms());
    assertEquals(List.of("晋品出海", "品牌"), qs.get(2).terms());
  }

  @Test
  void peersQueriesBecomeQuotedPhrases() {
    BenchQuery q =
        QueryFile.parse(
                List.of("{\"id\":\"q7\",\"kind\":\"combo\",\"terms\":[\"养老\",\"服务\"],\"filters\":{\"region\":[\"晋江市\"]},"
                    + "\"rows\":10,\"facets\":{\"region\":20,\"unit\":20},\"highlight\":true}"),
                "queries.jsonl")
            .get(0);
    assertEquals("q7", q.id());
    assertEquals("combo", q.kind());
    assertEquals("\"养老\" \"服务\"", q.q());
    assertEquals(Map.of("region", 20, "unit", 20), q.facets());
  }

  @Test
  void anUnknownParameterNamesItsLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QueryFile.parse(List.of("q=养老", "colour=red"), "mix.txt"));
    assertTrue(e.getMessage().startsWith("mix.txt:2:"), e.getMessage());
  }
}
