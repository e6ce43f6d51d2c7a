package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `fenjie add`, `add --dry-run`, `--replace` and `fenjie remove` as a clerk runs them: over four of
 * the seeds, adding the fifth (132 rows) and taking it out again; what seeds/ and the served index
 * hold after each; the shared lock refusing a second writer; and an add killed between its copy and
 * its swap.
 */
class AddCommandTest {
  static final String ADDED = "000_49bd79bf689c61c0.txt"; // 晋江, 132 rows

  @TempDir Path work;
  Path seeds;
  Path index;
  Path incoming;
  long before;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void fourSeedsIndexedAndTheFifthToAdd() throws IOException {
    seeds = Files.createDirectories(work.resolve("seeds"));
    index = work.resolve("index");
    incoming = Files.createDirectories(work.resolve("in")).resolve(ADDED);
    for (Path f : DocumentParser.documentsIn(Path.of("seeds"))) {
      Files.copy(f, f.getFileName().toString().equals(ADDED) ? incoming : seeds.resolve(f.getFileName()));
    }
    before = SeedIndexing.build(seeds, index, SeedIndexing.Policy.ALL_DOCUMENTS).report().rows();
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addCopiesTheFileAsReceivedAndItsRowsAreServed() throws Exception {
    assertEquals(0, run("add", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString()), err());
    assertArrayEquals(Files.readAllBytes(incoming), Files.readAllBytes(seeds.resolve(ADDED)));
    assertEquals(before + 132, served());
    assertTrue(err().contains(ADDED + ": 132 rows"), err());
    assertTrue(err().contains("WARNING " + ADDED + ":74: [jinjiang-2026-breakdown-35]"), "every warning printed: " + err());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("read     " + ADDED + ": 132 rows"), "the per-document summary: " + out);
    assertFalse(SeedIndexing.isStale(seeds, index));
  }

  @Test
  void dryRunPrintsRowsAndWarningsAndChangesNothing() throws Exception {
    List<Path> seedsBefore = DocumentParser.documentsIn(seeds);
    assertEquals(0, run("add", "--dry-run", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString()));
    assertEquals(132, out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{")).count());
    assertTrue(err().contains("WARNING"), err());
    assertEquals(seedsBefore, DocumentParser.documentsIn(seeds));
    assertEquals(before, served());
  }

  @Test
  void theSameNameOrBytesIsRefusedUnlessReplaceIsGiven() throws Exception {
    assertEquals(0, run("add", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString()));
    Path renamed = Files.copy(incoming, work.resolve("晋江-again.txt"));
    assertEquals(1, run("add", "--seeds", seeds.toString(), "--index", index.toString(), renamed.toString()));
    assertTrue(err().contains("the same bytes are already in " + seeds + " as " + ADDED), err());
    assertFalse(Files.exists(seeds.resolve("晋江-again.txt")));

    Path edited = work.resolve("other").resolve(ADDED);
    Files.createDirectories(edited.getParent());
    Files.writeString(edited, Files.readString(incoming, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
    assertEquals(1, run("add", "--seeds", seeds.toString(), "--index", index.toString(), edited.toString()));
    assertTrue(err().contains("a document of that name is already in"), err());
    assertArrayEquals(Files.readAllBytes(incoming), Files.readAllBytes(seeds.resolve(ADDED)), "the old file is untouched");

    assertEquals(0, run("add", "--replace", "--seeds", seeds.toString(), "--index", index.toString(), edited.toString()), err());
    assertArrayEquals(Files.readAllBytes(edited), Files.readAllBytes(seeds.resolve(ADDED)));
    assertEquals(before + 132, served(), "replaced, not added twice");
    assertEquals(1, removed().size(), "the replaced file is kept in seeds/.removed/: " + removed());
    assertArrayEquals(Files.readAllBytes(incoming), Files.readAllBytes(removed().get(0)));
  }

  @Test
  void removeTakesTheRowsOutAndKeepsTheFile() throws Exception {
    assertEquals(0, run("add", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString()));
    assertEquals(0, run("remove", "--seeds", seeds.toString(), "--index", index.toString(), ADDED), err());
    assertEquals(before, served());
    assertFalse(Files.exists(seeds.resolve(ADDED)));
    assertArrayEquals(Files.readAllBytes(incoming), Files.readAllBytes(removed().get(0)));
    assertEquals(1, run("remove", "--seeds", seeds.toString(), "--index", index.toString(), ADDED));
    assertTrue(err().contains("no document '" + ADDED + "'"), err());
    assertEquals(1, run("remove", "--seeds", seeds.toString(), "--index", index.toString(), "../" + ADDED));
  }

  @Test
  void anUnreadableFileIsRefusedWithItsReasonAndNothingChanges() throws Exception {
    Path bad = Files.writeString(work.resolve("notes.txt"), "这不是分解表。\n", StandardCharsets.UTF_8);
    assertEquals(1, run("add", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString(), bad.toString()));
    assertTrue(err().contains("REFUSED " + bad), err());
    assertTrue(err().contains("nothing was added"), err());
    assertFalse(Files.exists(seeds.resolve(ADDED)), "one refused file: none of them is added");
    assertEquals(before, served());
  }

  @Test
  void aSecondWriterIsRefusedWhileTheLockIsHeld() throws Exception {
    try (SeedsLock held = SeedsLock.acquire(seeds, Duration.ZERO)) {
      assertEquals(1, run("add", "--wait", "0", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString()));
      assertTrue(err().contains("another fenjie add, remove or index is changing " + seeds), err());
      assertEquals(1, run("index", "--wait", "0", "--seeds", seeds.toString(), "--index", index.toString()));
      assertTrue(err().contains("another fenjie add, remove or index"), err());
    }
    assertFalse(Files.exists(seeds.resolve(ADDED)));
    assertEquals(0, run("add", "--wait", "0", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString()));
  }

  /**
   * The real command in a child JVM, killed (SIGKILL) as soon as the file is in seeds/, i.e. while
   * it builds: seeds/ holds the whole file, the old index still serves, the index is seen as stale,
   * and `fenjie index` brings the document in without any cleanup.
   */
  @Test
  void anAddKilledBeforeItsSwapLeavesTheOldIndexAndIsRecoveredByIndex() throws Exception {
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "add", "--seeds", seeds.toString(), "--index", index.toString(), incoming.toString())
        .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && !Files.exists(seeds.resolve(ADDED)) && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      boolean killedInTime = p.isAlive();
      p.destroyForcibly().waitFor();
      assertTrue(killedInTime, "the add was still running when killed: " + Files.readString(work.resolve("child.log")));
    } finally {
      p.destroyForcibly();
    }
    assertArrayEquals(Files.readAllBytes(incoming), Files.readAllBytes(seeds.resolve(ADDED)), "the file is whole");
    assertEquals(before, served(), "the old index still serves");
    assertTrue(SeedIndexing.isStale(seeds, index), "so serve and index know to rebuild");
    assertEquals(0, run("index", "--seeds", seeds.toString(), "--index", index.toString()), err());
    assertEquals(before + 132, served());
  }

  private long served() throws IOException {
    try (LuceneTaskSearch s = LuceneTaskSearch.open(index)) {
      return s.search(new SearchRequest("", Map.of(), 1, 1, null)).total();
    }
  }

  private List<Path> removed() throws IOException {
    try (Stream<Path> s = Files.list(seeds.resolve(".removed"))) {
      return s.toList();
    }
  }

}
