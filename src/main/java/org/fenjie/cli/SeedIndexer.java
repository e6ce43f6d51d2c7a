package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fenjie.index.BuildReport;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.IndexInfo;
import org.fenjie.index.Schema;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Builds an index root from a directory of source documents (seeds/ → index/), for `fenjie index`
 * and for `serve` when the index is missing or stale. A document that cannot be read is named
 * with its line and left out; the others are still indexed and swapped in, and the result says
 * so (the command then exits 1), so a bad file is never a silent partial import and never takes
 * the service down. Rows lost between parsing and the index fail the whole build instead, and
 * the previous index keeps serving.
 */
public final class SeedIndexer {

  /** What a seeds build did: the builder's per-document counts and the documents left out. */
  public record Result(BuildReport report, List<String> unreadable) {
    public boolean complete() {
      return unreadable.isEmpty() && report.documents().stream().allMatch(BuildReport.DocumentCount::complete);
    }
  }

  /**
   * True when {@code index} has no complete build, was written by another schema version, read a
   * different set of files than {@code seeds} holds now, or is older than any of them. Never for an
   * index imported from a rows file: that is the user's data, not a copy of the seeds.
   */
  public static boolean isStale(Path seeds, Path index) throws IOException {
    Optional<IndexInfo> info;
    try {
      info = IndexInfo.read(index);
    } catch (IOException unreadableIndex) {
      return true;
    }
    if (info.isEmpty() || !info.get().schemaVersion().equals(Schema.VERSION)) {
      return true;
    }
    if (info.get().origin().equals(IndexInfo.FROM_ROWS)) {
      return false; // imported with 'fenjie index --rows': rebuilding from seeds/ would throw those rows away
    }
    Set<String> indexed = new HashSet<>(info.get().sources());
    indexed.addAll(info.get().failedSources());
    Set<String> present = new HashSet<>();
    Instant builtAt = info.get().builtAt();
    for (Path f : DocumentParser.documentsIn(seeds)) {
      present.add(f.getFileName().toString());
      if (Files.getLastModifiedTime(f).toInstant().isAfter(builtAt)) {
        return true;
      }
    }
    return !present.equals(indexed);
  }

  /** Parses every document in {@code seeds} and builds {@code index} from them; progress goes to {@code out}. */
  public static Result build(Path seeds, Path index, PrintStream out) throws IOException {
    List<Path> files = DocumentParser.documentsIn(seeds);
    if (files.isEmpty()) {
      throw new IOException("no documents in " + seeds.toAbsolutePath());
    }
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> docs = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    Map<String, String> firstFileOf = new HashMap<>();
    for (Path f : files) {
      try {
        ParsedDocument d = parser.parse(f);
        String first = firstFileOf.putIfAbsent(identity(d), d.source());
        if (first != null) {
          // The same official document saved twice would give every row's id twice and fail the
          // whole build; leave the second copy out, named, and index the rest.
          unreadable.add(d.source() + ":0: the same document (" + d.rows().get(0).docNo() + ") as " + first + "; left out");
          continue;
        }
        docs.add(d);
      } catch (MalformedDocumentException e) {
        unreadable.add(e.getMessage());
      } catch (IOException e) {
        unreadable.add(f.getFileName() + ":0: cannot read: " + e.getMessage());
      }
    }
    unreadable.forEach(u -> out.println("UNREADABLE " + u));
    if (docs.isEmpty()) {
      throw new IOException("no readable document in " + seeds.toAbsolutePath() + "; the index was not changed");
    }
    BuildReport report =
        new IndexBuilder(index, ReviewedAliases.load()).build(DocumentParser.disambiguate(docs), unreadable);
    return new Result(report, unreadable);
  }

  /** Region, year, kind and document number; a document without a number is only itself. */
  private static String identity(ParsedDocument d) {
    TaskRow r = d.rows().get(0);
    boolean numbered = r.docNo() != null && !r.docNo().isBlank();
    return numbered ? r.region() + "|" + r.year() + "|" + r.kind() + "|" + r.docNo() : "file:" + d.source();
  }

  private SeedIndexer() {}
}
