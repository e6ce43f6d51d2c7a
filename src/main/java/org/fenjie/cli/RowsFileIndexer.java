package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.index.BuildReport;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.ReviewedAliases;
import org.fenjie.ingest.RowsFile;

/**
 * `fenjie index --rows FILE.jsonl [--index DIR] [--threads N]`: indexes rows given as JSON Lines
 * (fenjie's row contract or the peers benchmark corpus) into a new generation and swaps it in;
 * progress, the final count and rows/s on stderr.
 */
final class RowsFileIndexer {

  static final String USAGE =
      "usage: fenjie index --rows FILE.jsonl [--index DIR] [--threads N]   (index/ and all cores by default)";

  int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options o = Options.parse(args, List.of("--rows", "--index", "--threads"), List.of());
    if (o.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    if (o.value("--rows", null) == null || !o.positional().isEmpty()) {
      throw new UsageException(USAGE);
    }
    Path file = Path.of(o.value("--rows", null));
    Path index = Path.of(o.value("--index", "index"));
    int threads = Math.max(1, o.intValue("--threads", Runtime.getRuntime().availableProcessors()));
    long start = System.nanoTime();
    BuildReport report;
    try (RowsFile rows = RowsFile.open(file)) {
      IndexBuilder builder = new IndexBuilder(index, ReviewedAliases.load());
      report =
          builder.build(
              rows,
              threads,
              new IndexBuilder.Progress() {
                @Override
                public void added(long n) {
                  err.printf("  %,d rows added (%.0f s) …%n", n, seconds(start));
                }

                @Override
                public void allAdded(long n) {
                  err.printf("  all %,d rows added (%.0f s); merging into one segment, checking counts, building suggestions …%n",
                      n, seconds(start));
                }
              });
      long replaced = rows.rows() - report.rows();
      if (replaced > 0) {
        err.printf("  %,d rows replaced an earlier row with the same id (the later one is kept)%n", replaced);
      }
    }
    double s = seconds(start);
    err.printf(
        "indexed %,d rows from %s in %.1f s (%,.0f rows/s, %d threads) into %s%n",
        report.rows(), file, s, report.rows() / s, threads, report.generation());
    return 0;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
