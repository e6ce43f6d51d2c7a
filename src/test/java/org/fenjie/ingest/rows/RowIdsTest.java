package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowIdsTest {

  @Test
  void knownRegionsGetPinyinAndKindsGetEnglish() {
    assertEquals("jinjiang-2026-breakdown-12", RowIds.row(RowIds.documentKey("晋江市", 2026, "责任分解"), "12"));
    assertEquals("quangang-2026-contest-1-3", RowIds.row(RowIds.documentKey("泉港区", 2026, "争先进位"), "1.3"));
  }

  @Test
  void anUnknownRegionGetsTheSameAsciiSlugEveryTime() {
    String slug = RowIds.regionSlug("某某县");
    assertTrue(slug.matches("r[0-9a-f]{8}"), slug);
    assertEquals(slug, RowIds.regionSlug("某某县"));
    assertNotEquals(slug, RowIds.regionSlug("某某市"));
  }

  @Test
  void aLocalKeyWithoutAsciiStillGivesAUrlSafeId() {
    assertTrue(RowIds.row("nanan-2026-breakdown", "（一）").matches("nanan-2026-breakdown-x[0-9a-f]{6}"));
  }
}
