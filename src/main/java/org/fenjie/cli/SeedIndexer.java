package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.index.BuildReport;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.ReviewedAliases;
import org.fenjie.model.ParsedDocument;

/**
 * Parses every document in a seeds directory and builds the index from them with the reviewed
 * aliases, swapping it in atomically. A document that cannot be read is reported on the progress
 * stream and recorded in the index; the others are still indexed.
 */
final class SeedIndexer {

  private SeedIndexer() {}

  static BuildReport rebuild(Path seeds, Path index, PrintStream progress) throws IOException {
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> documents = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path file : DocumentParser.documentsIn(seeds)) {
      try {
        ParsedDocument doc = parser.parse(file);
        documents.add(doc);
        progress.println("  " + file.getFileName() + ": " + doc.rows().size() + " rows");
      } catch (MalformedDocumentException e) {
        unreadable.add(e.fileName());
        progress.println("  skipped " + e.getMessage());
      }
    }
    BuildReport report =
        new IndexBuilder(index, ReviewedAliases.load()).build(DocumentParser.disambiguate(documents), unreadable);
    progress.println(
        "  indexed " + report.rows() + " rows from " + report.documents().size() + " documents into " + index);
    return report;
  }
}
