package org.fenjie.ingest.names;

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
    assertNotNull(NameSimilarity.units("晋东新区指挥部办公室", "晋东新区开发建设指挥部"));
  }

  @Test
  void anOfficeNamedInBracketsLooksLikeItsHost() {
    assertNotNull(NameSimilarity.units("财政局（国资办）", "财政局"));
    assertNotNull(NameSimilarity.units("财政局（国资办）", "财政局（金融办）"));
  }

  @Test
  void aBureauWithItsCityPrefixLooksLikeTheBureau() {
    assertNotNull(NameSimilarity.units("泉州市晋江生态环境局", "生态环境局"));
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
