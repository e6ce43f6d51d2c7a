package org.fenjie.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelParagraphsTest {

  @Test
  void aParagraphInsideTheSeriesWithoutItsOpeningIsTheRestOfThePreviousOne() {
    List<String> in = List.of("2024年是关键一年。", "一年来，我们抓经济。", "一年来，我们抓创新。", "高速通车。", "一年来，我们惠民生。",
        "各位代表，感谢大家。");
    assertEquals(List.of("2024年是关键一年。", "一年来，我们抓经济。", "一年来，我们抓创新。高速通车。", "一年来，我们惠民生。", "各位代表，感谢大家。"),
        ParallelParagraphs.join(in));
  }

  @Test
  void withoutASeriesNothingIsJoined() {
    List<String> in = List.of("一年来，我们抓经济。", "高速通车。", "一年来，我们抓创新。");
    assertEquals(in, ParallelParagraphs.join(in), "two paragraphs are not yet a series");
  }
}
