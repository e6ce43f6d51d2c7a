package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.http.FenjieServer;
import org.fenjie.http.HttpConfig;
import org.fenjie.index.IndexLocation;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real `fenjie index`, run in a child JVM over a corpus big enough to take seconds, killed
 * (destroyForcibly, i.e. SIGKILL) at several moments of its run while a live server keeps
 * answering from the index it had: every answer during and after the kills is whole, the index
 * that CURRENT names passes CheckIndex after each kill, and the next run completes without any
 * manual cleanup and is served. (KilledBuildTest in org.fenjie.index kills a deliberately slow
 * builder at a moment it is sure to be writing; this one kills the production command.)
 */
class KilledReindexTest {

  /** Renamed copies of the seeds, so that a build takes long enough to be killed in the middle. */
  static final int COPIES = 3;
  static final long[] KILL_AFTER_MS = {0, 250, 700};

  @TempDir Path work;

  @Test
  void killedReindexesLeaveTheServedIndexWholeAndTheNextRunRecovers() throws Exception {
    Path seeds = corpus();
    Path index = work.resolve("index");
    long rows = SeedIndexing.build(seeds, index, SeedIndexing.Policy.LEAVE_OUT_REFUSED).report().rows();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answered = new AtomicInteger();
    List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
    try (LuceneTaskSearch search = LuceneTaskSearch.open(index);
        FenjieServer server = FenjieServer.start(search, HttpConfig.defaults(work.resolve("web")), "127.0.0.1", 0)) {
      Thread client = Thread.ofPlatform().start(() -> poll(server.url(), rows, stop, answered, bad));
      List<String> phases = new ArrayList<>();
      for (long delay : KILL_AFTER_MS) {
        phases.add(killIndexRun(seeds, index, delay));
        Path current = new IndexLocation(index).current().orElseThrow();
        assertTrue(checkIndex(current), "CheckIndex passes on " + current.getFileName() + " after a kill");
        search.refresh();
        assertEquals(rows, search.search(all()).total(), "the served index is whole after a kill");
      }
      Process last = indexRun(seeds, index);
      assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the next run finishes");
      assertEquals(0, last.exitValue(), Files.readString(work.resolve("child.log"), StandardCharsets.UTF_8));
      assertEquals(1, generations(index).size(), "leftovers of the killed runs are gone: " + generations(index));
      assertTrue(search.refresh(), "the new index is picked up");
      assertTrue(checkIndex(new IndexLocation(index).current().orElseThrow()));
      Set<String> ids = new HashSet<>();
      search.export(all(), r -> ids.add(r.id()));
      assertEquals(rows, ids.size(), "every row of the corpus is served");
      stop.set(true);
      client.join();
      System.out.printf("RELIABILITY killed re-index: %d kills (%s), %d requests answered meanwhile, %d bad%n",
          KILL_AFTER_MS.length, String.join(", ", phases), answered.get(), bad.size());
      assertEquals(List.of(), bad);
      assertTrue(answered.get() > 10, "the server was asked throughout: " + answered.get());
    }
  }

  /** Starts `fenjie index`, kills it {@code delay} ms after it starts writing; says what it had done. */
  private String killIndexRun(Path seeds, Path index, long delay) throws Exception {
    Set<Path> before = generations(index);
    Process p = indexRun(seeds, index);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && before.containsAll(generations(index)) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(delay);
      boolean wasRunning = p.isAlive();
      p.destroyForcibly().waitFor();
      Set<Path> after = generations(index);
      Path current = new IndexLocation(index).current().orElseThrow();
      String phase = !wasRunning ? "finished first" : before.contains(current) ? "killed while writing" : "killed after the swap";
      return phase + " (" + delay + " ms, " + after.size() + " generation dirs)";
    } finally {
      p.destroyForcibly();
    }
  }

  private Process indexRun(Path seeds, Path index) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(),
            "index", "--seeds", seeds.toString(), "--index", index.toString())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("child.log").toFile())
        .start();
  }

  /** Searches and health checks as fast as answers come; anything but a whole answer is recorded. */
  private static void poll(String base, long rows, AtomicBoolean stop, AtomicInteger answered, List<String> bad) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    while (!stop.get()) {
      for (String path : List.of("api/search?size=1", "api/search?q=%E4%BC%81%E4%B8%9A&size=3", "health")) {
        try {
          HttpResponse<String> r = http.send(
              HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          boolean whole = r.statusCode() == 200
              && (!path.equals("api/search?size=1") || r.body().contains("\"total\":" + rows + ","));
          if (!whole) {
            bad.add(r.statusCode() + " " + path + " " + r.body().substring(0, Math.min(200, r.body().length())));
          }
          answered.incrementAndGet();
        } catch (IOException | InterruptedException e) {
          bad.add(path + " " + e);
        }
      }
    }
  }

  /** The seeds plus renamed copies of each, as files. */
  private Path corpus() throws IOException {
    Path seeds = Files.createDirectories(work.resolve("seeds"));
    Files.createDirectories(work.resolve("web"));
    for (Path f : org.fenjie.ingest.DocumentParser.documentsIn(Path.of("seeds"))) {
      Files.copy(f, seeds.resolve(f.getFileName()));
      String text = Files.readString(f, StandardCharsets.UTF_8);
      for (int c = 1; c <= COPIES; c++) {
        // Another document number, as another year's or county's table would have (ids stay unique).
        String other = text.replaceAll("(〔20\\d\\d〕)(\\d+)号", "$1" + c + "0$2号").replace("（二十七）", "（二十七之" + c + "）");
        Files.writeString(seeds.resolve("c" + c + "_" + f.getFileName()), other, StandardCharsets.UTF_8);
      }
    }
    return seeds;
  }

  private static boolean checkIndex(Path generation) throws IOException {
    try (FSDirectory dir = FSDirectory.open(IndexLocation.rows(generation));
        CheckIndex check = new CheckIndex(dir)) {
      return check.checkIndex().clean;
    }
  }

  private static Set<Path> generations(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(index)) {
      return new HashSet<>(s.filter(p -> p.getFileName().toString().startsWith("gen-")).toList());
    }
  }

  private static SearchRequest all() {
    return new SearchRequest("", Map.of(), 1, 1, null);
  }

  private static java.io.PrintStream nowhere() {
    return new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }
}
