package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.ParsedDocument;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SeedCorpus;
import org.junit.jupiter.api.Test;

/**
 * 64 clients on /api/search, /api/suggest and /api/export while the index is rebuilt and swapped
 * in a loop (the seeds, then the seeds plus one more document, and so on): no request fails, every
 * answer is 200 and comes from one index (a search's total equals the sum of its region counts —
 * every row has exactly one region — and an unfiltered total or export is one of the two corpora,
 * never a mixture), and afterwards every row of the seeds is served. 5 s here; longer with
 * {@code -Dfenjie.loadSeconds=30}.
 */
class LoadWhileSwappingTest {

  static final int CLIENTS = 64;
  static final int MIN_SWAPS = 3;
  static final long SECONDS = Long.getLong("fenjie.loadSeconds", 5);
  static final List<String> QUERIES = List.of("", "海外仓", "企业", "工信局", "\"链主企业\"", "养老 -医疗", "陈进福", "低效用地");
  static final List<String> FILTERS = List.of("", "&unit=%E5%B7%A5%E4%BF%A1%E5%B1%80", "&kind=%E8%B4%A3%E4%BB%BB%E5%88%86%E8%A7%A3",
      "&year=2026", "&leader=%E9%99%88%E8%BF%9B%E7%A6%8F");

  private double seconds;
  private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger[] served = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};

  @Test
  void sixtyFourClientsWhileTheIndexIsSwappedGetWholeAnswers() throws Exception {
    Path dir = Fixtures.tempDir("fenjie-load-index");
    List<ParsedDocument> seeds = SeedCorpus.seeds();
    List<ParsedDocument> more = new ArrayList<>(seeds);
    more.add(SeedCorpus.copy(seeds.get(2), "extra"));
    IndexBuilder builder = new IndexBuilder(dir, ReviewedAliases.load());
    builder.build(seeds);
    Set<Long> totals = Set.of(rows(seeds), rows(more));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger swaps = new AtomicInteger();
    LuceneTaskSearch search = LuceneTaskSearch.open(dir);
    try (LiveServer server = new LiveServer(search, HttpConfig.defaults(Fixtures.emptyWeb()))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        long seed = c;
        clients.add(Thread.ofPlatform().start(() -> client(http, server.base, new Random(seed), totals, stop)));
      }
      // At least the given time and at least three swaps (a busy machine builds slowly), at most a minute more.
      long start = System.nanoTime();
      long end = start + SECONDS * 1_000_000_000L;
      long limit = end + 60_000_000_000L;
      while (System.nanoTime() < end || (swaps.get() < MIN_SWAPS && System.nanoTime() < limit)) {
        builder.build(swaps.get() % 2 == 0 ? more : seeds);
        search.refresh();
        swaps.incrementAndGet();
      }
      stop.set(true);
      seconds = (System.nanoTime() - start) / 1e9;
      for (Thread t : clients) {
        t.join();
      }
      builder.build(seeds);
      search.refresh();
      Set<String> ids = new HashSet<>();
      List<List<String>> export = CsvReader.parse(server.get("/api/export").body());
      export.subList(1, export.size()).forEach(row -> ids.add(row.get(CsvTable.HEADER.indexOf("编号"))));
      Set<String> expected = new HashSet<>();
      SeedCorpus.seedRows().forEach(r -> expected.add(r.id()));
      assertEquals(expected, ids, "every row of the seeds is served after the run");
    }
    long[] ms = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "RELIABILITY load: %d clients, %.1f s, %d index swaps, %d requests (search %d, suggest %d, export %d), "
            + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n",
        CLIENTS, seconds, swaps.get(), ms.length, served[0].get(), served[1].get(), served[2].get(),
        percentile(ms, 50), percentile(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6, errors.size());
    assertEquals(List.of(), errors.subList(0, Math.min(20, errors.size())), errors.size() + " errors");
    assertTrue(swaps.get() >= MIN_SWAPS && ms.length > CLIENTS * 2, swaps + " swaps, " + ms.length + " requests");
  }

  private void client(HttpClient http, String base, Random random, Set<Long> totals, AtomicBoolean stop) {
    while (!stop.get()) {
      int kind = random.nextInt(20) < 12 ? 0 : random.nextInt(3) == 0 ? 2 : 1;
      String q = QUERIES.get(random.nextInt(QUERIES.size()));
      String filter = FILTERS.get(random.nextInt(FILTERS.size()));
      String path = switch (kind) {
        case 0 -> "/api/search?q=" + LiveServer.encode(q) + filter + "&size=" + (1 + random.nextInt(20))
            + (random.nextBoolean() ? "&sort=doc" : "");
        case 1 -> "/api/suggest?q=" + LiveServer.encode(List.of("陈", "工信", "海外", "晋品", "商务局").get(random.nextInt(5)));
        default -> "/api/export?q=" + LiveServer.encode(q) + filter;
      };
      long start = System.nanoTime();
      try {
        HttpResponse<String> r = http.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        latencies.add(System.nanoTime() - start);
        served[kind].incrementAndGet();
        String problem = r.statusCode() != 200 ? "status " + r.statusCode() : check(kind, q.isEmpty() && filter.isEmpty(), r.body(), totals);
        if (problem != null) {
          errors.add(problem + ": " + path);
        }
      } catch (Exception e) {
        errors.add(e + ": " + path);
      }
    }
  }

  /** Null when the answer is whole and from one index. */
  private static String check(int kind, boolean unfiltered, String body, Set<Long> totals) {
    if (kind == 2) {
      long lines = CsvReader.parse(body).size() - 1;
      return !body.startsWith("\uFEFF地区,") ? "not CSV" : unfiltered && !totals.contains(lines) ? "export of " + lines + " rows" : null;
    }
    JsonObject o = JsonParser.parseString(body).getAsJsonObject();
    if (kind == 1) {
      return o.getAsJsonArray("items").isEmpty() ? "no suggestions" : null;
    }
    long total = o.get("total").getAsLong();
    long regions = 0;
    for (JsonElement v : o.getAsJsonObject("facets").getAsJsonArray("region")) {
      regions += v.getAsJsonObject().get("count").getAsLong();
    }
    if (regions != total) {
      return "total " + total + " but region counts add up to " + regions;
    }
    return unfiltered && !totals.contains(total) ? "total " + total + " is neither corpus" : null;
  }

  private static long rows(List<ParsedDocument> docs) {
    return docs.stream().mapToLong(d -> d.rows().size()).sum();
  }

  private static double percentile(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
