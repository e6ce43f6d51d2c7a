package org.fenjie.search.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggestions from a vocabulary: one character off, the same sound first, pinyin and a leader's initials. */
class CorrectionsTest {

  private final Corrections corrections = new Corrections(List.of(
      new Corrections.Entry("低空经济", "phrase", 3),
      new Corrections.Entry("低空飞行", "phrase", 9),
      new Corrections.Entry("张健龙", "leader", 23),
      new Corrections.Entry("张建龙", "unit", 50),
      new Corrections.Entry("海外仓", "phrase", 6)));

  @Test
  void oneCharacterOffAndTheSameSoundWins() {
    assertEquals(Optional.of("低空经济"), corrections.suggest("低空经记"), "记 sounds like 济");
    assertEquals(Optional.of("海外仓"), corrections.suggest("海外舱"));
    assertEquals(Optional.empty(), corrections.suggest("低空"), "two characters are too short to guess");
    assertEquals(Optional.empty(), corrections.suggest("网约车"), "nothing within one character");
  }

  @Test
  void pinyinAndInitials() {
    assertEquals(Optional.of("低空经济"), corrections.suggest("dikong jingji"));
    assertEquals(Optional.of("海外仓"), corrections.suggest("HaiWaiCang"));
    assertEquals(Optional.of("张健龙"), corrections.suggest("zjl"), "initials find leaders only");
    assertEquals(Optional.empty(), corrections.suggest("hwc"), "initials of a phrase are not enough");
  }

  @Test
  void levenshteinOverCodePoints() {
    assertEquals(1, Corrections.distance("养老服物", "养老服务"));
    assertEquals(2, Corrections.distance("𠀀a", "b"));
  }
}
