package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fenjie index` on the real seeds: counts per document, staleness, a bad file named and left out. */
class SeedIndexerTest {

  private static final Pattern COUNT_LINE = Pattern.compile("(\\S+)\\s+rows parsed\\s+(\\d+) / rows indexed\\s+(\\d+)");

  @TempDir Path work;

  private Path seeds() throws IOException {
    Path seeds = Files.createDirectories(work.resolve("seeds"));
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    return seeds;
  }

  @Test
  void indexesEverySeedDocumentAndPrintsMatchingCounts() throws Exception {
    Path seeds = seeds();
    Path index = work.resolve("index");
    assertTrue(SeedIndexer.isStale(seeds, index), "no index yet");
    Run run = run("--seeds", seeds.toString(), "--index", index.toString());
    assertEquals(0, run.code, run.err);
    List<String[]> counts = counts(run.out);
    assertEquals(5, counts.size(), run.out);
    long total = 0;
    for (String[] c : counts) {
      assertEquals(c[1], c[2], "parsed = indexed for " + c[0]);
      total += Long.parseLong(c[2]);
    }
    assertFalse(SeedIndexer.isStale(seeds, index));
    try (LuceneTaskSearch search = LuceneTaskSearch.open(index)) {
      assertEquals(total, search.stats().rows());
      assertEquals(total, search.search(new SearchRequest("", Map.of(), 1, 1, null)).total());
    }
    Path first;
    try (Stream<Path> s = Files.list(seeds)) {
      first = s.sorted().findFirst().orElseThrow();
    }
    Files.setLastModifiedTime(first, FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(SeedIndexer.isStale(seeds, index), "a seed newer than the index");
  }

  @Test
  void anUnreadableDocumentIsNamedAndTheOthersAreStillIndexed() throws Exception {
    Path seeds = seeds();
    Files.writeString(seeds.resolve("999_notes.txt"), "会议纪要\n随便写点什么\n", StandardCharsets.UTF_8);
    Path index = work.resolve("index");
    Run run = run("--seeds", seeds.toString(), "--index", index.toString());
    assertEquals(1, run.code);
    assertTrue(run.err.contains("999_notes.txt:"), run.err);
    assertTrue(run.err.contains("NOT in the index"), run.err);
    assertEquals(5, counts(run.out).size());
    assertFalse(SeedIndexer.isStale(seeds, index), "the failure is recorded; the same seeds need no rebuild");
    Files.delete(seeds.resolve("999_notes.txt"));
    assertTrue(SeedIndexer.isStale(seeds, index), "a different set of files");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new IndexCommand()
            .run(new ArrayList<>(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String[]> counts(String out) {
    List<String[]> rows = new ArrayList<>();
    Matcher m = COUNT_LINE.matcher(out);
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    return rows;
  }
}
