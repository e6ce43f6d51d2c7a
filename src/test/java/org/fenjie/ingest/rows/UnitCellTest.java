package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCellTest {

  @Test
  void namesBrokenWhereTheyCannotStandAloneAreJoined() {
    assertEquals(List.of("各镇人民政府、街道办事处", "经济开发区管委会"), names("各镇人民政府、 街道办事处 经济开发区管委会"));
    assertEquals(List.of("“企业家+科学家”融合创新专班", "统战部"), names("“企业家+科学家” 融合创新专班 统战部"));
    assertEquals(List.of("梅岭中片区项目指挥部办公室", "晋东新区指挥部办公室"), names("梅岭中片区项目 指挥部办公室 晋东新区指挥部 办公室"));
    assertEquals(List.of("退役军人局(双拥办)", "国动委联合办"), names("退役军人局 (双拥办) 国动委联合办"));
    assertEquals(List.of("石岚高新技术产业开发区管委会"), names("石岚高新技术产业开发区\n管委会"));
  }

  @Test
  void wholeUnitsStayApart() {
    assertEquals(List.of("工信局", "市场监管局"), names("工信局 市场监管局"));
    assertEquals(List.of("统战部（侨办）", "侨联"), names("统战部（侨办） 侨联"));
  }

  @Test
  void aListOfUnitsIsSplitButACollectiveUnitIsNot() {
    assertEquals(List.of("县发改局", "县工信局"), names("县发改局、县工信局"));
    assertEquals(List.of("县发改局", "县工信局"), names("县发改局、 县工信局"));
    assertEquals(List.of("各乡镇（街道）、开发区"), names("各乡镇（街道）、开发区"));
  }

  @Test
  void piecesThatCouldEachBeAUnitNeedEvidenceFromTheDocument() {
    assertEquals(List.of("泉州半导体高新区", "晋江办事处", "招商办"), names("泉州半导体高新区 晋江办事处 招商办"));
  }

  private static List<String> names(String cell) {
    return new UnitCell(cell).names();
  }
}
