package org.fenjie.ingest.layout;

/**
 * An invented flat list without headings: "（1）…", short labels (牵头：/配合：), half-width
 * punctuation, "县交通运输局（牵头）" inside 责任单位, wrapped lines; every row hand-written.
 */
class QinglanListContractTest extends LayoutContractTest {
  QinglanListContractTest() {
    super(new InlineListLayout(), FIXTURES + "inline-list/qinglan-2026-minsheng.txt", 6,
        "inline-list/qinglan-2026-minsheng.golden.jsonl");
  }

  @Override
  boolean rowsHaveSections() {
    return false;
  }
}
