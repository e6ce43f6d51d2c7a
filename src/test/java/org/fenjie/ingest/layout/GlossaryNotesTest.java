package org.fenjie.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fenjie.model.GlossaryEntry;
import org.junit.jupiter.api.Test;

class GlossaryNotesTest {

  @Test
  void aNoteCutByAPageBreakIsJoinedAndPageNumbersAreDropped() {
    List<Paragraph> notes = List.of(
        new Paragraph("（P3）“两新”：推动新一轮大规模设备更新和", 10),
        new Paragraph("— 25 —", 12),
        new Paragraph("消费品以旧换新。", 14),
        new Paragraph("(P4) 农村集体“三资”: 农村集体所有的资金、资产、资源。", 16));
    assertEquals(List.of(
            new GlossaryEntry("两新", "推动新一轮大规模设备更新和消费品以旧换新。", "某县", "r.txt"),
            new GlossaryEntry("农村集体三资", "农村集体所有的资金、资产、资源。", "某县", "r.txt"),
            new GlossaryEntry("三资", "农村集体所有的资金、资产、资源。", "某县", "r.txt")),
        GlossaryNotes.read(notes, "某县", "r.txt"));
  }
}
