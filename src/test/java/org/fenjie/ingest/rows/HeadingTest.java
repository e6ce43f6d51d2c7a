package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingTest {

  @Test
  void headingsKeepTheirPrintedBracketsWithExtractionSpacesRemoved() {
    assertEquals(new Heading(2, 2, "(二) 持续提增投资效益"), Heading.of("(二) 持续 提增 投资 效益").orElseThrow());
    assertEquals(new Heading(2, 2, "(二) 办好人民满意教育"), Heading.of("(二)办好人民满意教育").orElseThrow());
    assertEquals(new Heading(2, 1, "（一）全力激发经济动能"), Heading.of("（一）全力激发经济动能").orElseThrow());
    assertEquals(new Heading(1, 2, "二、2026年主要经济社会发展预期目标"), Heading.of("二、2026 年主要经济社会发展预期目标").orElseThrow());
    assertEquals(12, Heading.of("十二、建设人民满意政府").orElseThrow().number());
  }

  @Test
  void aSentenceIsNotAHeading() {
    assertTrue(Heading.of("(一) 加强历史文脉保护传承 完成安平桥桥体试验段修缮。").isEmpty());
    assertTrue(Heading.of("地区生产总值增长5%").isEmpty());
  }

  @Test
  void aHeadingGluedBeforeTaskTextIsSplitOff() {
    Heading.Glued g = Heading.glued("(三) 强化城市精细化管理 常态化创建全国文明城市，推动智慧城市建设走深走实。", List.of()).orElseThrow();
    assertEquals("(三) 强化城市精细化管理", g.heading().label());
    assertEquals("常态化创建全国文明城市，推动智慧城市建设走深走实。", g.task());
  }

  @Test
  void aLabelKnownFromElsewhereDecidesWhereTheGlueIs() {
    Heading.Glued g = Heading.glued("(一)加强历史文脉保护传承完成安平桥桥体试验段修缮。", List.of("(一) 加强历史文脉保护传承")).orElseThrow();
    assertEquals("(一) 加强历史文脉保护传承", g.heading().label());
    assertEquals("完成安平桥桥体试验段修缮。", g.task());
  }
}
