package org.fenjie.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.fenjie.model.ParsedDocument;

/** The ingest facade: reads one file, picks the one layout that claims it, and returns its rows. */
public final class DocumentParser {

  public ParsedDocument parse(Path file) throws IOException, MalformedDocumentException {
    throw new MalformedDocumentException(file.getFileName().toString(), 0, "ingest not implemented yet");
  }
}
