package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitGroupingTest {

  @Test
  void moreNamesThanLeadersJoinsThePiecesNeverSeenAlone() {
    List<UnitCell> cells = cells("泉州半导体高新区 晋江办事处 招商办", "招商办", "工信局 科技局");
    new UnitGrouping("晋江").apply(cells, List.of(2, 1, 2), List.of());
    assertEquals(List.of("泉州半导体高新区晋江办事处", "招商办"), cells.get(0).names());
  }

  @Test
  void aJoinLearnedInOneRowIsMadeWhereverThePiecesMeetAgain() {
    List<UnitCell> leads = cells("南翼高新区 晋江分指挥部", "发改局 南翼高新区 晋江分指挥部 晋园发展集团", "发改局");
    List<UnitCell> support = cells("南翼高新区 晋江分指挥部");
    new UnitGrouping("晋江").apply(leads, List.of(1, 2, 1), support);
    assertEquals(List.of("发改局", "南翼高新区晋江分指挥部", "晋园发展集团"), leads.get(1).names());
    assertEquals(List.of("南翼高新区晋江分指挥部"), support.get(0).names());
  }

  @Test
  void unitsKnownWholeAreNotJoinedEvenWhenAUnitHasNoLeader() {
    List<UnitCell> cells = cells("盘活办 自然资源局 农业农村局", "盘活办", "自然资源局", "农业农村局");
    new UnitGrouping("晋江").apply(cells, List.of(2, 1, 1, 1), List.of());
    assertEquals(List.of("盘活办", "自然资源局", "农业农村局"), cells.get(0).names());
  }

  private static List<UnitCell> cells(String... texts) {
    return List.of(texts).stream().map(UnitCell::new).toList();
  }
}
