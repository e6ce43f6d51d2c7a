package org.fenjie.ingest.block;

import java.util.List;
import org.fenjie.model.IngestWarning;

/**
 * Everything a reader found in one file: its blocks in reading order, the format it was read as
 * ("text", "docx", "doc", "pdf", "html"), and the reader's own warnings (a page that could not be read,
 * a charset guessed…). {@code source} is the file name as it lies under seeds/.
 */
public record DocumentBlocks(String source, String format, List<Block> blocks, List<IngestWarning> warnings) {
  public DocumentBlocks {
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }
}
