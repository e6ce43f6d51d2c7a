package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Figures as the seeds print them, in the one form a user's query word is compared with. */
class FiguresTest {

  @Test
  void readsFiguresFromRealTasks() {
    assertEquals(Set.of("3%", "5%"), Figures.in("实际使用外资增长 3.0%，出口总额增长 5.0%；"));
    assertEquals(Set.of("1100亿", "20亿", "12个"), Figures.in("新签约项目总投资 1100 亿元以上，引进超 20 亿元重大项目 12 个以上。"));
    assertEquals(Set.of("7000亩"), Figures.in("盘活低效用地 7000 亩以上。"));
    assertEquals(Set.of("310个", "251.44亿", "5亿", "18个"),
        Figures.in("全年安排实施重点项目 310 个以上、年度计划投资 251.44 亿元以上，重点推进 5 亿元以上项目 18 个。"));
  }

  @Test
  void aDecimalIsNeverReadAsItsTail() {
    assertEquals(Set.of("1.5%"), Figures.in("增长1.5%"), "1.5% is not 5%");
    assertEquals(Set.of("68.5万"), Figures.in("提升至 68.5 万吨"), "万 binds before 吨");
  }

  @Test
  void aQueryWordIsAFigureOnlyWhenItIsNothingElse() {
    assertEquals(Optional.of("5%"), Figures.of("5%"));
    assertEquals(Optional.of("5%"), Figures.of("5.0％"));
    assertEquals(Optional.of("1100亿"), Figures.of("1100亿元"));
    assertEquals(Optional.of("2030年"), Figures.of("2030年"));
    assertEquals(Optional.empty(), Figures.of("20"), "a bare number stays a word");
    assertEquals(Optional.empty(), Figures.of("5G"));
    assertEquals(Optional.empty(), Figures.of("海外仓20个"));
  }
}
