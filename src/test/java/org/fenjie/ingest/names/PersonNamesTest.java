package org.fenjie.ingest.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void paddedNamesLoseTheirSpaces() {
    assertEquals(List.of("周全"), PersonNames.of("周  全"));
    assertEquals(List.of("蔡婉滨", "陈铭"), PersonNames.of("蔡婉滨 陈 铭"));
    assertEquals(List.of("吴振强", "周全"), PersonNames.of("吴振强\n周  全"));
  }

  @Test
  void collectiveTitlesBrokenBySpacesStayOneEntry() {
    assertEquals(List.of("市政府工作部门主要负责人", "各镇镇长、街道办事处主任"),
        PersonNames.of("市政府工作部门 主要负责人 各镇镇长、街道 办事处主任"));
    assertEquals(List.of("市政府领导班子成员"), PersonNames.of("市政府 领导班子 成员"));
    assertEquals(List.of("陈元福", "各市属国企负责人"), PersonNames.of("陈元福 各市属国企 负责人"));
  }

  @Test
  void namesListedWithEnumerationCommasAreSeparatePeople() {
    assertEquals(List.of("吴振强", "周全", "易辉泉"), PersonNames.of("吴振强、周全，易辉泉"));
  }
}
