package org.fenjie.pipeline;

import java.io.IOException;
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
import org.fenjie.model.IngestWarning;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * The index-building pipeline over a folder of source documents (seeds/ → index/): find every file
 * ({@link SourceFolder}), read each into rows, check them, index them aside and swap the new index
 * in. What happens to a folder with refused documents or warnings is the caller's {@link Policy};
 * whatever it is, the outcome names every file: read (rows, warnings), refused (why) or ignored.
 * The index is swapped in only as a whole: rows lost between parsing and the index fail the build,
 * and then, as when the policy refuses, the previous index keeps serving untouched.
 */
public final class SeedIndexing {

  /** When a folder's problems keep its new index from being swapped in. */
  public enum Policy {
    /** Index the documents that read, leaving out the refused ones (serve's build on start). */
    LEAVE_OUT_REFUSED,
    /** Swap only when every document read (fenjie index). */
    ALL_DOCUMENTS,
    /** Swap only when every document read without a warning (fenjie index --strict). */
    NO_WARNINGS
  }

  /** One file of the folder: its rows and warnings when read, the reason when refused. */
  public record DocumentOutcome(String file, int rows, List<IngestWarning> warnings, String error) {
    public boolean refused() {
      return error != null;
    }
  }

  /**
   * What a build did. {@code report} is null when nothing was swapped in, and then {@code refusal}
   * says why; {@code ignored} are the files the folder rule skips.
   */
  public record Result(BuildReport report, List<DocumentOutcome> documents, List<Path> ignored, String refusal) {
    public boolean swapped() {
      return report != null;
    }

    /** The refused documents' reasons, "file:line: message" as the parser gives them. */
    public List<String> unreadable() {
      return documents.stream().filter(DocumentOutcome::refused).map(DocumentOutcome::error).toList();
    }

    public List<IngestWarning> warnings() {
      return documents.stream().flatMap(d -> d.warnings().stream()).toList();
    }

    public boolean complete() {
      return swapped() && unreadable().isEmpty()
          && report.documents().stream().allMatch(BuildReport.DocumentCount::complete);
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
    for (Path f : SourceFolder.scan(seeds).documents()) {
      present.add(f.getFileName().toString());
      if (Files.getLastModifiedTime(f).toInstant().isAfter(builtAt)) {
        return true;
      }
    }
    return !present.equals(indexed);
  }

  /** Reads every document under {@code seeds} and, as {@code policy} allows, builds and swaps in {@code index}. */
  public static Result build(Path seeds, Path index, Policy policy) throws IOException {
    SourceFolder folder = SourceFolder.scan(seeds);
    if (folder.documents().isEmpty()) {
      throw new IOException("no documents in " + seeds.toAbsolutePath()
          + (folder.ignored().isEmpty() ? "" : " (" + folder.ignored().size() + " hidden or leftover files ignored)"));
    }
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> docs = new ArrayList<>();
    List<DocumentOutcome> outcomes = new ArrayList<>();
    Map<String, String> firstFileOf = new HashMap<>();
    for (Path f : folder.documents()) {
      String file = seeds.relativize(f).toString();
      try {
        ParsedDocument d = parser.parse(f);
        String first = d.rows().isEmpty() ? null : firstFileOf.putIfAbsent(identity(d), file);
        if (first != null) {
          // The same official document saved twice would give every row's id twice and fail the
          // whole build; leave the second copy out, named.
          outcomes.add(refused(file, d.source() + ":0: the same document (" + d.rows().get(0).docNo() + ") as " + first
              + "; left out"));
          continue;
        }
        docs.add(d);
        outcomes.add(new DocumentOutcome(file, d.rows().size(), d.warnings(), null));
      } catch (MalformedDocumentException e) {
        outcomes.add(refused(file, e.getMessage()));
      } catch (IOException | RuntimeException e) {
        // A reader's failure on one odd file is that file's refusal, never the whole folder's.
        outcomes.add(refused(file, f.getFileName() + ":0: cannot read: " + e.getMessage()));
      }
    }
    String refusal = refusal(outcomes, docs, policy);
    if (refusal != null) {
      return new Result(null, List.copyOf(outcomes), folder.ignored(), refusal);
    }
    List<ParsedDocument> disambiguated = DocumentParser.disambiguate(docs);
    List<String> unreadable = outcomes.stream().filter(DocumentOutcome::refused).map(DocumentOutcome::error).toList();
    BuildReport report = new IndexBuilder(index, ReviewedAliases.load()).build(disambiguated, unreadable);
    // Warnings name rows by the ids the corpus gave them, so read them back from the built documents.
    Map<String, List<IngestWarning>> warnings = new HashMap<>();
    disambiguated.forEach(d -> warnings.put(d.source(), d.warnings()));
    List<DocumentOutcome> out = outcomes.stream()
        .map(o -> o.refused() ? o : new DocumentOutcome(o.file(), o.rows(),
            warnings.getOrDefault(Path.of(o.file()).getFileName().toString(), o.warnings()), null))
        .toList();
    return new Result(report, out, folder.ignored(), null);
  }

  private static String refusal(List<DocumentOutcome> outcomes, List<ParsedDocument> docs, Policy policy) {
    long refused = outcomes.stream().filter(DocumentOutcome::refused).count();
    long warned = outcomes.stream().mapToLong(o -> o.warnings().size()).sum();
    if (docs.isEmpty()) {
      return "no document could be read";
    }
    if (refused > 0 && policy != Policy.LEAVE_OUT_REFUSED) {
      return refused + " document(s) refused";
    }
    if (warned > 0 && policy == Policy.NO_WARNINGS) {
      return warned + " warning(s) and --strict";
    }
    return null;
  }

  private static DocumentOutcome refused(String file, String error) {
    return new DocumentOutcome(file, 0, List.of(), error);
  }

  /** Region, year, kind and document number; a document without a number is only itself. */
  private static String identity(ParsedDocument d) {
    TaskRow r = d.rows().get(0);
    boolean numbered = r.docNo() != null && !r.docNo().isBlank();
    return numbered ? r.region() + "|" + r.year() + "|" + r.kind() + "|" + r.docNo() : "file:" + d.source();
  }

  private SeedIndexing() {}
}
