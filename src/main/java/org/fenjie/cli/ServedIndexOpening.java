package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.fenjie.http.IndexRecovery;
import org.fenjie.index.DamagedIndexException;
import org.fenjie.index.IndexInfo;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.search.EngineSettings;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchOptions;
import org.fenjie.search.SemanticNeighbours;
import org.fenjie.search.TaskSearch;

/**
 * Opens the index `fenjie serve` will serve. Every file is read against its checksum first
 * (IndexIntegrity), so a damaged index is found here and never by a search. A damaged index that
 * was built from the seeds is rebuilt from them — the seeds are the source of truth and a rebuild
 * takes seconds — and served, and /health says so. One imported with {@code fenjie index --rows}
 * cannot be rebuilt from seeds/ (that would serve other data under the same name): serve refuses
 * to start, naming the damaged file and the command that rebuilds it.
 */
final class ServedIndexOpening {

  /** The opened search and, when the index had to be rebuilt, what happened. */
  record Opened(TaskSearch search, IndexRecovery recovery) {}

  /** Refused: the index is damaged and cannot be rebuilt here; the message says how to fix it. */
  static final class Unrecoverable extends Exception {
    Unrecoverable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private ServedIndexOpening() {}

  static Opened open(Path index, Path seeds, Duration budget, EngineSettings settings, PrintStream err) throws IOException, Unrecoverable {
    try {
      return new Opened(engine(index, budget, settings), null);
    } catch (DamagedIndexException damaged) {
      err.println("fenjie serve: the index at '" + index.toAbsolutePath() + "' is damaged: " + damaged.file()
          + ": " + damaged.problem());
      return rebuild(index, seeds, budget, settings, damaged, err);
    }
  }

  private static Opened rebuild(
      Path index, Path seeds, Duration budget, EngineSettings settings, DamagedIndexException damaged, PrintStream err)
      throws IOException, Unrecoverable {
    Optional<String> refusal = whyNotFromSeeds(index, seeds);
    if (refusal.isPresent()) {
      throw new Unrecoverable(
          "cannot serve the damaged index at '" + index.toAbsolutePath() + "' (" + damaged.file() + ": "
              + damaged.problem() + "), and " + refusal.get()
              + "; 'fenjie index --check --index " + index + "' reports every file", damaged);
    }
    err.println("fenjie serve: rebuilding it from " + seeds + " ...");
    SeedIndexing.Result result = SeedIndexing.build(seeds, index, SeedIndexing.Policy.LEAVE_OUT_REFUSED);
    if (!result.swapped()) {
      throw new Unrecoverable("the index at '" + index.toAbsolutePath() + "' is damaged (" + damaged.file()
          + ") and rebuilding it from " + seeds + " was refused: " + result.refusal(), damaged);
    }
    result.unreadable().forEach(u -> err.println("fenjie serve: REFUSED " + u));
    String action = "rebuilt from " + seeds + " (" + result.report().rows() + " rows from "
        + result.report().documents().size() + " documents)";
    err.println("fenjie serve: " + action + "; the damaged generation was removed");
    TaskSearch search = engine(index, budget, settings);
    return new Opened(
        search, new IndexRecovery(damaged.file().toString(), damaged.problem(), action, Instant.now().toString()));
  }

  private static LuceneTaskSearch engine(Path index, Duration budget, EngineSettings settings) throws IOException {
    return LuceneTaskSearch.open(index, SearchOptions.defaults(), SemanticNeighbours.OFF, settings).withTimeBudget(budget);
  }

  /** Empty when the index may be rebuilt from {@code seeds}; else why not and what to do. */
  private static Optional<String> whyNotFromSeeds(Path index, Path seeds) {
    Optional<IndexInfo> info;
    try {
      info = IndexInfo.read(index);
    } catch (IOException unreadable) {
      return Optional.of("its commit cannot be read to tell whether it was built from " + seeds
          + ": rebuild it with 'fenjie index' (from documents) or 'fenjie index --rows FILE --index " + index + "'");
    }
    if (info.isPresent() && info.get().origin().equals(IndexInfo.FROM_ROWS)) {
      return Optional.of("it was imported from a rows file, not built from " + seeds
          + ": import it again with 'fenjie index --rows FILE --index " + index + "'");
    }
    if (!Files.isDirectory(seeds)) {
      return Optional.of("there is no seeds directory '" + seeds.toAbsolutePath() + "' to rebuild it from: pass --seeds DIR");
    }
    return Optional.empty();
  }
}
