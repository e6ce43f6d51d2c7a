package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionResolverTest {
  private static final Heading SIX = new Heading(1, 6, "六、文旅");
  private static final Heading SIX_AGAIN = new Heading(1, 6, "六、文体旅");
  private static final Heading SEVEN = new Heading(1, 7, "七、民生");

  @Test
  void rowsWithoutHeadingsInheritAndARepeatedHeadingKeepsItsFirstWording() {
    List<List<String>> s = resolve(List.of(SIX, sub(1, "甲")), List.of(), List.of(SIX_AGAIN, sub(1, "甲")));
    assertEquals(List.of(List.of("六、文旅", "(一) 甲"), List.of("六、文旅", "(一) 甲"), List.of("六、文旅", "(一) 甲")), s);
  }

  @Test
  void rowsBeforeALabelPrintedInTheMiddleOfItsBlockGetThatLabel() {
    List<List<String>> s = resolve(List.of(SIX), List.of(sub(1, "甲")), List.of(sub(2, "乙")));
    assertEquals(List.of("六、文旅", "(一) 甲"), s.get(0));
  }

  @Test
  void aSubSectionContinuingThePreviousChaptersNumberingGoesBackToIt() {
    List<List<String>> s = resolve(List.of(SIX, sub(2, "乙")), List.of(SEVEN, sub(3, "丙")), List.of(), List.of(sub(1, "丁")));
    assertEquals(List.of("六、文旅", "(三) 丙"), s.get(1));
    assertEquals(List.of("六、文旅", "(三) 丙"), s.get(2));
    assertEquals(List.of("七、民生", "(一) 丁"), s.get(3));
  }

  @Test
  void aChapterReprintedWithAnEmptySubSectionCellEndsTheSubSection() {
    SectionResolver r = new SectionResolver(List.of(List.of(SIX, sub(2, "乙")), List.of(SIX_AGAIN), List.of(), List.of(sub(4, "丁"))));
    List<List<String>> s = r.resolve();
    assertEquals(List.of("六、文旅"), s.get(1), "the (三) label is lost: chapter only, not a guessed (二)");
    assertEquals(List.of("六、文旅"), s.get(2));
    assertEquals(1, r.notes().size());
  }

  @Test
  void aReprintedChapterFollowedByTheNextNumberTakesThatLabel() {
    List<List<String>> s = resolve(List.of(SIX, sub(2, "乙")), List.of(SIX_AGAIN), List.of(sub(3, "丙")));
    assertEquals(List.of("六、文旅", "(三) 丙"), s.get(1));
  }

  @Test
  void aMissingSubSectionIsNotedNotGuessed() {
    SectionResolver r = new SectionResolver(List.of(List.of(SIX, sub(2, "乙")), List.of(sub(4, "丁"))));
    assertEquals(List.of("六、文旅", "(四) 丁"), r.resolve().get(1));
    assertEquals(1, r.notes().size());
  }

  private static Heading sub(int n, String title) {
    return new Heading(2, n, "(" + "零一二三四五".charAt(n) + ") " + title);
  }

  @SafeVarargs
  private static List<List<String>> resolve(List<Heading>... rows) {
    return new SectionResolver(new ArrayList<>(List.of(rows))).resolve();
  }
}
