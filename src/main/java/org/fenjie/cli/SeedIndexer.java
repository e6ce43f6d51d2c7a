package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fenjie.index.BuildReport;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.IndexInfo;
import org.fenjie.index.Schema;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.ReviewedAliases;
import org.fenjie.model.ParsedDocument;

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
   * different set of files than {@code seeds} holds now, or is older than any of them.
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
    for (Path f : files) {
      try {
        docs.add(parser.parse(f));
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

  private SeedIndexer() {}
}
