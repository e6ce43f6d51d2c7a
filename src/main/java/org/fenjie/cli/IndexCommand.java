package org.fenjie.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    if (args.contains("--rows")) {
      return new RowsFileIndexer().run(args, out, err); // rows already structured: JSON Lines
    }
    Options o = Options.parse(args, List.of("--seeds", "--index", "--wait"), List.of());
    if (!o.positional().isEmpty() || o.has("--help")) {
      throw new UsageException(
          "usage: fenjie index [--seeds DIR] [--index DIR] [--wait SECONDS]   (defaults: seeds/ and index/)\n"
              + "       fenjie index --rows FILE.jsonl [--index DIR] [--threads N] [--names canonical|as-given] [--keep-segments]");
    }
    Path seeds = Path.of(o.value("--seeds", "seeds"));
    Path index = Path.of(o.value("--index", "index"));
    long start = System.nanoTime();
    SeedIndexer.Result result;
    Duration patience = Duration.ofSeconds(Long.parseLong(o.value("--wait", "10")));
    try (SeedsLock lock = SeedsLock.acquire(seeds, patience)) { // the lock fenjie add and remove take
      result = SeedIndexer.build(seeds, index, err);
    } catch (IndexBuildException e) {
      printCounts(e.counts(), out);
      err.println("fenjie index: " + e.getMessage() + "; the previous index (if any) is still served");
      return 1;
    }
    printCounts(result.report().documents(), out);
    out.printf("%d rows, %d glossary entries indexed into %s in %.1f s%n",
        result.report().rows(), result.report().glossaryEntries(), index,
        (System.nanoTime() - start) / 1e9);
    if (!result.unreadable().isEmpty()) {
      err.println("fenjie index: " + result.unreadable().size() + " document(s) could not be read and are NOT in the index:");
      result.unreadable().forEach(u -> err.println("  " + u));
      return 1;
    }
    return 0;
  }

  static void printCounts(List<BuildReport.DocumentCount> counts, PrintStream out) {
    for (BuildReport.DocumentCount c : counts) {
      out.printf("%-32s rows parsed %5d / rows indexed %5d%s%n",
          c.source(), c.rowsGiven(), c.rowsIndexed(), c.complete() ? "" : "   MISMATCH");
    }
  }
}
