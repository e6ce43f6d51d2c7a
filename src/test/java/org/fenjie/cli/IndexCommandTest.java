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
import org.fenjie.index.IndexInfo;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fenjie index` on the real seeds: counts per document, staleness, a bad file named and left out. */
class IndexCommandTest {

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
    assertTrue(SeedIndexing.isStale(seeds, index), "no index yet");
    Run run = run("--seeds", seeds.toString(), "--index", index.toString());
    assertEquals(0, run.code, run.err);
    List<String[]> counts = counts(run.out);
    assertEquals(5, counts.size(), run.out);
    long total = 0;
    for (String[] c : counts) {
      assertEquals(c[1], c[2], "parsed = indexed for " + c[0]);
      total += Long.parseLong(c[2]);
    }
    assertFalse(SeedIndexing.isStale(seeds, index));
    try (LuceneTaskSearch search = LuceneTaskSearch.open(index)) {
      assertEquals(total, search.stats().rows());
      assertEquals(total, search.search(new SearchRequest("", Map.of(), 1, 1, null)).total());
    }
    Path first;
    try (Stream<Path> s = Files.list(seeds)) {
      first = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().findFirst().orElseThrow(); // not the lock file
    }
    Files.setLastModifiedTime(first, FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(SeedIndexing.isStale(seeds, index), "a seed newer than the index");
  }

  @Test
  void aRefusedDocumentIsNamedExitsNonZeroAndTheOldIndexStillServesUntouched() throws Exception {
    Path seeds = seeds();
    Path index = work.resolve("index");
    assertEquals(0, run("--seeds", seeds.toString(), "--index", index.toString()).code);
    IndexInfo before = IndexInfo.read(index).orElseThrow();
    Files.writeString(seeds.resolve("999_notes.txt"), "会议纪要\n随便写点什么\n", StandardCharsets.UTF_8);
    Run run = run("--seeds", seeds.toString(), "--index", index.toString());
    assertEquals(1, run.code);
    assertTrue(run.out.contains("REFUSED  999_notes.txt: 999_notes.txt:"), run.out);
    assertTrue(run.err.contains("NOT swapped in"), run.err);
    assertEquals(before, IndexInfo.read(index).orElseThrow(), "the previous build is the one served");
    assertTrue(SeedIndexing.isStale(seeds, index), "a different set of files: the next run tries again");
  }

  @Test
  void everyFileUnderTheSeedsIsReadRefusedOrIgnoredAndSaysSo() throws Exception {
    Path seeds = seeds();
    Path sub = Files.createDirectories(seeds.resolve("2025"));
    Files.move(seeds.resolve("003_de05cf948f9c50f8.txt"), sub.resolve("003_de05cf948f9c50f8.txt"));
    Files.writeString(seeds.resolve(".hidden.txt"), "x", StandardCharsets.UTF_8);
    Files.writeString(seeds.resolve("~$draft.docx"), "x", StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("notes.txt.swp"), "x", StandardCharsets.UTF_8);
    Files.createDirectories(seeds.resolve(".git")).resolve("HEAD").toFile().createNewFile();
    Files.writeString(sub.resolve("broken.txt"), "会议纪要\n随便写点什么\n", StandardCharsets.UTF_8);
    Path index = work.resolve("index");
    Run run = run("--seeds", seeds.toString(), "--index", index.toString());
    assertEquals(1, run.code, "a refused document keeps the new index out");
    assertTrue(run.out.contains("read     2025/003_de05cf948f9c50f8.txt: 88 rows, 0 warnings, 0 errors"), run.out);
    assertTrue(run.out.contains("REFUSED  2025/broken.txt: broken.txt:"), run.out);
    for (String ignored : List.of(".hidden.txt", "~$draft.docx", "notes.txt.swp", "HEAD")) {
      assertTrue(run.out.lines().anyMatch(l -> l.startsWith("ignored  ") && l.contains(ignored)), ignored + "\n" + run.out);
    }
    assertTrue(run.out.contains("read     000_49bd79bf689c61c0.txt: 132 rows, 8 warnings, 0 errors"), run.out);
    assertTrue(run.out.lines().anyMatch(l -> l.startsWith("  warning 000_49bd79bf689c61c0.txt:")), run.out);
    assertTrue(IndexInfo.read(index).isEmpty(), "nothing was swapped in");

    Files.delete(sub.resolve("broken.txt"));
    run = run("--seeds", seeds.toString(), "--index", index.toString());
    assertEquals(0, run.code, run.err);
    try (LuceneTaskSearch search = LuceneTaskSearch.open(index)) {
      assertEquals(132 + 38 + 48 + 88 + 110, search.stats().rows(), "the sub-folder's document is indexed");
    }
  }

  @Test
  void strictRefusesToSwapWhenAnyWarningExists() throws Exception {
    Path seeds = seeds(); // 000 has warnings (a guessed pairing, lost cells)
    Path index = work.resolve("index");
    Run run = run("--seeds", seeds.toString(), "--index", index.toString(), "--strict");
    assertEquals(1, run.code);
    assertTrue(run.err.contains("--strict"), run.err);
    assertTrue(IndexInfo.read(index).isEmpty(), "nothing was swapped in");
    Files.delete(seeds.resolve("000_49bd79bf689c61c0.txt"));
    assertEquals(0, run("--seeds", seeds.toString(), "--index", index.toString(), "--strict").code,
        "documents without warnings pass --strict");
  }

  @Test
  void anIndexImportedFromARowsFileIsNeverReplacedByTheSeeds() throws Exception {
    Path seeds = seeds();
    Path index = work.resolve("index");
    Path rows = work.resolve("rows.jsonl");
    Files.writeString(rows,
        "{\"id\":\"r1\",\"region\":\"东康县\",\"year\":2020,\"kind\":\"责任分解\",\"source\":\"elsewhere.xlsx\","
            + "\"task\":\"建设养老服务中心。\",\"leadUnits\":[\"民政局\"]}\n",
        StandardCharsets.UTF_8);
    Run run = run("--rows", rows.toString(), "--index", index.toString(), "--threads", "1");
    assertEquals(0, run.code, run.err);
    assertFalse(SeedIndexing.isStale(seeds, index), "serve must not throw the imported rows away");
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
