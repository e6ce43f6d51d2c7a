package org.fenjie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.RowJson;
import org.fenjie.synth.SynthCorpus;

/**
 * `fenjie synth --rows N --seed S --out FILE.jsonl [--seeds DIR]`: a synthetic corpus in the row
 * contract for benchmarks, the same for the same seed; progress and the final count on stderr.
 */
public final class SynthCommand implements Command {

  private static final String USAGE =
      "usage: fenjie synth --rows N [--seed S] --out FILE.jsonl [--seeds DIR]   (rows as JSON Lines; seed 1 and seeds/ by default)";
  private static final long PROGRESS_EVERY = 100_000;

  @Override
  public String name() {
    return "synth";
  }

  @Override
  public String summary() {
    return "write a synthetic corpus of N rows (JSON Lines) recombined from the seeds, for benchmarks";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err)
      throws IOException, MalformedDocumentException {
    Options o = Options.parse(args, List.of("--rows", "--seed", "--out", "--seeds"), List.of());
    if (o.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    if (o.value("--rows", null) == null || o.value("--out", null) == null || !o.positional().isEmpty()) {
      throw new UsageException(USAGE);
    }
    long rows = o.longValue("--rows", 0);
    long seed = o.longValue("--seed", 1);
    Path seeds = Path.of(o.value("--seeds", "seeds"));
    DocumentParser parser = new DocumentParser();
    SynthCorpus corpus = new SynthCorpus(parser.parseAll(DocumentParser.documentsIn(seeds)), seed);
    Path file = Path.of(o.value("--out", null));
    long start = System.nanoTime();
    long written;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long[] n = {0};
      written =
          corpus.write(
              rows,
              row -> {
                try {
                  w.write(RowJson.write(row));
                  w.write('\n');
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                if (++n[0] % PROGRESS_EVERY == 0) {
                  err.printf("  %,d rows …%n", n[0]);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf("wrote %,d rows (%d regions, seed %d) to %s in %.1f s%n", written, corpus.regions().size(), seed, file, seconds);
    return 0;
  }
}
