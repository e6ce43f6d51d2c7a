package org.fenjie.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void unitsThatDifferOnlyInTheirInstitutionalSuffixLookAlike() {
    assertNotNull(NameSimilarity.units("卫健局", "卫健委"));
  }

  @Test
  void aPlaceAndItsAdministeringOrganLookAlike() {
    assertNotNull(NameSimilarity.units("经济开发区", "经济开发区管委会"));
    assertNotNull(NameSimilarity.units("陈埭镇", "陈埭镇人民政府"));
  }

  @Test
  void insertedWordsLookAlike() {
    assertNotNull(NameSimilarity.units("高教中心", "高教发展中心"));
  }

  @Test
  void differentBureausWithTheSameEndingDoNot() {
    assertNull(NameSimilarity.units("商务局", "税务局"), "the stem differs, not the suffix");
    assertNull(NameSimilarity.units("工信局", "公安局"));
    assertNull(NameSimilarity.units("东石镇人民政府", "金井镇人民政府"));
  }

  @Test
  void personNamesOffByOneCharacterLookAlike() {
    assertTrue(NameSimilarity.leaders("林永红", "林永洪"));
    assertFalse(NameSimilarity.leaders("林永红", "林永红"));
    assertFalse(NameSimilarity.leaders("林永红", "许紫竹"));
    assertFalse(NameSimilarity.leaders("陈铭", "陈铭远"), "different lengths are not a typo of one character");
  }
}
