package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.search.LuceneTaskSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running serve picks up an index that `fenjie index` re-built, with no restart and no token. */
class IndexWatchTest {

  @Test
  void aSwappedInIndexIsServedWithoutAsking(@TempDir Path dir) throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path index = dir.resolve("index");
    Files.copy(Path.of("seeds", "004_c0ca6c59d42007b8.txt"), seeds.resolve("004_c0ca6c59d42007b8.txt"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    SeedIndexing.build(seeds, index, SeedIndexing.Policy.LEAVE_OUT_REFUSED).report();
    try (LuceneTaskSearch search = LuceneTaskSearch.open(index);
        IndexWatch watch = IndexWatch.start(search, Duration.ofMillis(50), out)) {
      assertEquals(110, search.stats().rows());
      Files.copy(Path.of("seeds", "003_de05cf948f9c50f8.txt"), seeds.resolve("003_de05cf948f9c50f8.txt"));
      SeedIndexing.build(seeds, index, SeedIndexing.Policy.LEAVE_OUT_REFUSED).report();
      // Waits for the watch to act; generous because the machine is shared, not a speed claim.
      for (int i = 0; i < 600 && !log.toString(StandardCharsets.UTF_8).contains("now serving"); i++) {
        Thread.sleep(50);
      }
      assertEquals(110 + 88, search.stats().rows());
      assertTrue(log.toString(StandardCharsets.UTF_8).contains("now serving the re-built index (198 rows)"), log.toString(StandardCharsets.UTF_8));
    }
  }
}
