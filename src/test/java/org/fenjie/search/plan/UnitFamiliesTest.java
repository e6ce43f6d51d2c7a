package org.fenjie.search.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body's forms from the reviewed table, a leading region dropped, and never two bodies merged. */
class UnitFamiliesTest {

  private final UnitFamilies families = UnitFamilies.load();

  @Test
  void everyFormFindsTheWholeFamily() {
    assertEquals(List.of("市场监督管理局", "市场监管局", "市监局"), families.family("市场监督管理局"));
    assertEquals("卫健局", families.family("卫健委").get(1));
    assertEquals(List.of(), families.family("海外仓"));
  }

  @Test
  void aLeadingRegionIsDroppedOnlyBeforeAListedForm() {
    assertEquals(families.family("商务局"), families.family("市商务局"));
    assertEquals(families.family("商务局"), families.family("晋江市商务局"));
    assertEquals(families.family("生态环境局"), families.family("泉州市晋江生态环境局"));
    assertEquals(List.of(), families.family("市商务"), "no listed form remains");
  }

  @Test
  void differentBodiesStayApart() {
    assertEquals(List.of(), families.family("农水局"), "农业农村和水利局 is merged only in some counties");
    assertEquals(List.of(), families.family("教体局"));
    assertThrows(IllegalArgumentException.class,
        () -> UnitFamilies.read(new StringReader("卫健局 卫健委\twhy\n卫健委 民政局\twhy\n"), "t.tsv"), "one form, two bodies");
  }
}
