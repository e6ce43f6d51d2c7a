package org.fenjie.ingest.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReviewedAliasesTest {

  private static ReviewedAliases aliases(String tsv) throws IOException {
    return ReviewedAliases.read(new StringReader(tsv), "test.tsv");
  }

  @Test
  void bracketWidthAndSpacesNeverSplitAFacet() throws IOException {
    ReviewedAliases a = aliases("");
    assertEquals("各镇（街道）", a.unit("晋江市", "各镇(街道)"));
    assertEquals("各镇（街道）", a.unit("晋江市", "各镇（街道）"));
    assertEquals("周全", a.leader("晋江市", "周  全"));
    assertEquals("泉州半导体高新区晋江办事处", a.unit("晋江市", "泉州半导体高新区 晋江办事处"));
  }

  @Test
  void aliasJoinsATownWithItsGovernmentOnlyInItsRegion() throws IOException {
    ReviewedAliases a = aliases("# region\tkind\tvariant\tcanonical\twhy\n"
        + "晋江市\tunit\t陈埭镇人民政府\t陈埭镇\tthe town and its government are one unit\n");
    assertEquals("陈埭镇", a.unit("晋江市", "陈埭镇人民政府"));
    assertEquals("陈埭镇", a.unit("晋江市", "陈埭镇"));
    assertEquals("陈埭镇人民政府", a.unit("南安市", "陈埭镇人民政府"), "aliases are per region");
    assertEquals("陈埭镇人民政府", a.leader("晋江市", "陈埭镇人民政府"), "a unit alias does not rename people");
  }

  @Test
  void variantsWrittenWithOtherBracketsOrSpacesStillMatchTheAlias() throws IOException {
    ReviewedAliases a = aliases("泉港区\tunit\t各镇(街道)\t各镇（街道）办事处\tone group\n");
    assertEquals("各镇（街道）办事处", a.unit("泉港区", "各镇 （街道）"));
  }

  @Test
  void anAliasWithoutAReasonIsRejectedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> aliases("# header\n晋江市\tunit\t卫健局\t卫健委\t\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
  }

  @Test
  void chainsAreRejectedSoEveryVariantPointsAtTheFinalName() {
    assertThrows(IllegalArgumentException.class, () -> aliases(
        "晋江市\tunit\tA局\tB局\tx\n晋江市\tunit\tB局\tC局\ty\n"));
  }

  @Test
  void theShippedAliasFileJoinsTheSeedsObviousVariants() {
    ReviewedAliases a = ReviewedAliases.load();
    assertEquals(a.unit("晋江市", "陈埭镇人民政府"), a.unit("晋江市", "陈埭镇"));
    assertEquals(a.unit("晋江市", "卫健局"), a.unit("晋江市", "卫健委"));
    assertEquals(a.leader("晋江市", "许著赟"), a.leader("晋江市", "许著赞"));
    assertEquals("蔡婉滨", a.leader("晋江市", "蔡婉滨"));
    assertEquals("蔡婉洙", a.leader("晋江市", "蔡婉洙"), "look-alike names are left to a person to confirm");
  }
}
