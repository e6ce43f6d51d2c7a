package org.fenjie.ingest.layout;

/**
 * An invented county's work split per leader: "一、赵立军同志牵头负责" sections of bracketed items, so each item's
 * overseer comes from its section; every golden row written by hand from the document.
 */
class TongchuanSectionsContractTest extends LayoutContractTest {
  TongchuanSectionsContractTest() {
    super(new InlineListLayout(), FIXTURES + "inline-list/tongchuan-2026-leader-sections.txt", 5,
        "inline-list/tongchuan-2026-leader-sections.golden.jsonl");
  }
}
