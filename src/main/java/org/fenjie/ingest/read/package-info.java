/**
 * Reading files into {@link org.fenjie.ingest.block.DocumentBlocks}: the bytes decide the format, never the
 * file name. Text is decoded here (UTF-8, UTF-16 with a BOM, or GBK flagged) and refused with the file and
 * line when it cannot be read; each line becomes one text block with its line number.
 */
package org.fenjie.ingest.read;
