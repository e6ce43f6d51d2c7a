/**
 * Document layouts: an explicit ordered list of which exactly one claims a document from its blocks (header
 * row spellings, cell shapes, item brackets, never the file name). Table layouts turn what they read into a
 * {@link org.fenjie.ingest.block.TableBlock} grid and hand it to the one row builder in
 * {@code org.fenjie.ingest.rows}; prose layouts (work report, inline lists, per-leader sections) build their
 * rows from numbered items.
 */
package org.fenjie.ingest.layout;
