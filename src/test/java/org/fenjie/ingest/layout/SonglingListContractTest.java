package org.fenjie.ingest.layout;

/**
 * An invented county list whose items are followed, unbracketed, by "牵头单位：…；配合单位：…；完成时限：…" on the
 * same or the next line (a 完成时限 on a line of its own, units separated only by a space); every golden row
 * written by hand from the document.
 */
class SonglingListContractTest extends LayoutContractTest {
  SonglingListContractTest() {
    super(new InlineListLayout(), FIXTURES + "inline-list/songling-2026-key-tasks.txt", 5,
        "inline-list/songling-2026-key-tasks.golden.jsonl");
  }
}
