package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * The real seed documents parsed by the production parser, and larger corpora made of renamed
 * copies of them (each copy its own source file and ids), for tests that need the real rows at a
 * size past the paging window or an index that changes under load.
 */
public final class SeedCorpus {

  private static List<ParsedDocument> seeds;

  private SeedCorpus() {}

  /** The documents of seeds/, ids made unique across them as `fenjie index` does. */
  public static synchronized List<ParsedDocument> seeds() throws IOException {
    if (seeds == null) {
      try {
        seeds = new DocumentParser().parseAll(DocumentParser.documentsIn(Path.of("seeds")));
      } catch (MalformedDocumentException e) {
        throw new AssertionError("a seed document no longer parses: " + e.getMessage(), e);
      }
    }
    return seeds;
  }

  /** Every row of the seeds. */
  public static List<TaskRow> seedRows() throws IOException {
    List<TaskRow> rows = new ArrayList<>();
    seeds().forEach(d -> rows.addAll(d.rows()));
    return rows;
  }

  /** The seeds plus {@code n} renamed copies of them: (n + 1) × 417 rows. */
  public static List<ParsedDocument> withCopies(int n) throws IOException {
    List<ParsedDocument> docs = new ArrayList<>(seeds());
    for (int c = 1; c <= n; c++) {
      for (ParsedDocument d : seeds()) {
        docs.add(copy(d, "copy" + c));
      }
    }
    return docs;
  }

  /** The document under another source name, each row with the tag appended to its id. */
  public static ParsedDocument copy(ParsedDocument d, String tag) {
    String source = tag + "-" + d.source();
    List<TaskRow> rows = new ArrayList<>();
    for (TaskRow r : d.rows()) {
      rows.add(new TaskRow(r.id() + "-" + tag, r.region(), r.year(), r.kind(), r.docNo(), r.docTitle(), r.docDate(),
          source, r.section(), r.seq(), r.task(), r.leadUnits(), r.supportUnits(), r.leaders(), r.overseers()));
    }
    return new ParsedDocument(source, rows, List.of(), List.of());
  }
}
