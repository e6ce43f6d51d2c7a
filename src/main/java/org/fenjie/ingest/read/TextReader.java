package org.fenjie.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.model.IngestWarning;

/**
 * Plain text, the format every file is taken for when its bytes name no other: decoded by
 * {@link SourceFiles} (a bad byte is an error naming its line), one text block per line. A file read in
 * another charset than UTF-8 says so in a warning, so it can be converted before it is published again.
 */
public final class TextReader {
  private TextReader() {}

  public static DocumentBlocks read(String name, byte[] bytes) throws MalformedDocumentException {
    SourceFiles.Read read = SourceFiles.read(name, bytes);
    DocumentBlocks blocks = read.text().blocks();
    if (read.charset().equals(StandardCharsets.UTF_8)) {
      return blocks;
    }
    return new DocumentBlocks(name, blocks.format(), blocks.blocks(),
        List.of(new IngestWarning(name, 0, null, "read as " + read.charset().name() + ", not UTF-8")));
  }
}
