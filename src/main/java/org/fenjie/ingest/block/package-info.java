/**
 * The one intermediate every reader yields and every layout reads: a document's paragraphs and its
 * tables as grids of cells (merged cells resolved), each with where it was found. Readers (text, Word,
 * PDF, HTML) produce {@link org.fenjie.ingest.block.DocumentBlocks}; layouts turn them into rows.
 */
package org.fenjie.ingest.block;
