package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.index.BuildReport;
import org.fenjie.index.IndexBuildException;

/** `fenjie index`: rebuild index/ from seeds/ (written aside, swapped in when complete) */
public final class IndexCommand implements Command {
  @Override
  public String name() {
    return "index";
  }

  @Override
  public String summary() {
    return "rebuild index/ from seeds/ or from rows in JSON Lines (written aside, swapped in when complete)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.contains("--check")) {
      return new IndexCheck().run(args, out, err); // reads the served index, writes nothing
    }
    if (args.contains("--rows")) {
      return new RowsFileIndexer().run(args, out, err); // rows already structured: JSON Lines
    }
    Options o = Options.parse(args, List.of("--seeds", "--index", "--wait"), List.of("--strict"));
    if (!o.positional().isEmpty() || o.has("--help")) {
      throw new UsageException(
          "usage: fenjie index [--seeds DIR] [--index DIR] [--strict] [--wait SECONDS]   (defaults: seeds/ and index/)\n"
              + "       fenjie index --rows FILE.jsonl [--index DIR] [--threads N] [--names canonical|as-given] [--keep-segments]\n"
              + "       fenjie index --check [--index DIR] [--verbose]   (checksums and CheckIndex of the served index)");
    }
    Path seeds = Path.of(o.value("--seeds", "seeds"));
    Path index = Path.of(o.value("--index", "index"));
    SeedIndexing.Policy policy = o.has("--strict") ? SeedIndexing.Policy.NO_WARNINGS : SeedIndexing.Policy.ALL_DOCUMENTS;
    long start = System.nanoTime();
    SeedIndexing.Result result;
    Duration patience = Duration.ofSeconds(Long.parseLong(o.value("--wait", "10")));
    try (SeedsLock lock = SeedsLock.acquire(seeds, patience)) { // the lock fenjie add and remove take
      result = SeedIndexing.build(seeds, index, policy);
    } catch (IndexBuildException e) {
      printCounts(e.counts(), out);
      err.println("fenjie index: " + e.getMessage() + "; the previous index (if any) is still served, unchanged");
      return 1;
    } catch (java.nio.file.FileSystemException e) {
      throw e; // a path that does not exist or may not be read: Main names it
    } catch (IOException e) {
      // A full disk, a file too large, a write refused: the new generation was removed unpublished.
      err.println("fenjie index: writing the new index failed (" + e.getMessage()
          + "); the previous index (if any) is still served, unchanged");
      return 1;
    }
    printSummary(result, out);
    if (!result.swapped()) {
      err.println("fenjie index: " + result.refusal() + "; the new index was NOT swapped in, the previous index (if any)"
          + " is still served, unchanged");
      return 1;
    }
    printCounts(result.report().documents(), out);
    out.printf("%d rows, %d glossary entries indexed into %s in %.1f s%s%n",
        result.report().rows(), result.report().glossaryEntries(), index,
        (System.nanoTime() - start) / 1e9,
        result.warnings().isEmpty() ? "" : "; " + result.warnings().size() + " warning(s) above");
    return 0;
  }

  /** Every file: read (rows, warnings, each warning with its place), refused (why) or ignored. */
  static void printSummary(SeedIndexing.Result result, PrintStream out) {
    for (SeedIndexing.DocumentOutcome d : result.documents()) {
      if (d.refused()) {
        out.printf("REFUSED  %s: %s%n", d.file(), d.error());
      } else {
        out.printf("read     %s: %d rows, %d warnings, 0 errors%n", d.file(), d.rows(), d.warnings().size());
        d.warnings().forEach(w -> out.println("  warning " + w));
      }
    }
    for (Path p : result.ignored()) {
      out.println("ignored  " + p + " (hidden or an editor leftover)");
    }
  }

  static void printCounts(List<BuildReport.DocumentCount> counts, PrintStream out) {
    for (BuildReport.DocumentCount c : counts) {
      out.printf("%-32s rows parsed %5d / rows indexed %5d%s%n",
          c.source(), c.rowsGiven(), c.rowsIndexed(), c.complete() ? "" : "   MISMATCH");
    }
  }
}
