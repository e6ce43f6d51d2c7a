package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.index.BuildReport;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.ingest.rows.RowsFile;
import org.fenjie.model.CanonicalNames;

/**
 * `fenjie index --rows FILE.jsonl [--index DIR] [--threads N]`: indexes rows given as JSON Lines
 * (fenjie's row contract or the peers benchmark corpus) into a new generation and swaps it in;
 * progress, the final count and rows/s on stderr.
 */
final class RowsFileIndexer {

  static final String USAGE =
      """
      usage: fenjie index --rows FILE.jsonl [--index DIR] [--threads N] [--names canonical|as-given] [--keep-segments]
        --index    default index/;  --threads  default: all cores
        --keep-segments  leave the segments as Lucene's merge policy leaves them (a few per million rows)
                   instead of merging them into one: the build about a fifth faster, searches slower
                   (a third fewer served requests/s at 1 M rows; docs/perf.md)
        --names    canonical (default): unit and leader facets fold whitespace and bracket width and apply the
                   reviewed aliases, as for documents; as-given: facet values exactly as the rows print them
                   (only for comparing answers with an engine that does not fold names: a filter value is
                   still folded, so a name printed with ASCII brackets cannot be selected in such an index)""";

  int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Options o = Options.parse(args, List.of("--rows", "--index", "--threads", "--names"), List.of("--keep-segments"));
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
      IndexBuilder builder =
          new IndexBuilder(index, names(o.value("--names", "canonical"))).mergedIntoOneSegment(!o.has("--keep-segments"));
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
                  err.printf("  all %,d rows added (%.0f s); %schecking counts, building suggestions …%n",
                      n, seconds(start), o.has("--keep-segments") ? "" : "merging into one segment, ");
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

  private static CanonicalNames names(String mode) {
    return switch (mode) {
      case "canonical" -> ReviewedAliases.load();
      case "as-given" -> AS_GIVEN;
      default -> throw new UsageException("--names is canonical or as-given, not '" + mode + "'");
    };
  }

  /** Names exactly as printed, outer whitespace aside. */
  private static final CanonicalNames AS_GIVEN =
      new CanonicalNames() {
        @Override
        public String unit(String region, String printed) {
          return printed.strip();
        }

        @Override
        public String leader(String region, String printed) {
          return printed.strip();
        }
      };

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
