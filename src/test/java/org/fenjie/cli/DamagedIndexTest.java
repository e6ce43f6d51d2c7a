package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.fenjie.http.FenjieServer;
import org.fenjie.http.HttpConfig;
import org.fenjie.index.DamagedIndexException;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.IndexLocation;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.fenjie.pipeline.SeedIndexing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real index built from the seeds with 64 bytes flipped in the middle of rows/_0.cfs — what
 * used to make serve die with an ArrayIndexOutOfBoundsException: the damage is found when the
 * index is opened, naming the file; serve rebuilds a seeds-built index and /health says so; an
 * imported index is refused with the command that fixes it; {@code fenjie index --check} reports it.
 */
class DamagedIndexTest {

  static final Path SEEDS = Path.of("seeds");
  static final int SEED_ROWS = 416;

  @TempDir Path work;

  @Test
  void openingADamagedIndexNamesTheFileInsteadOfFailingInASearch() throws Exception {
    Path index = seedIndex();
    Path damaged = flipBytesInTheMiddle(index);
    DamagedIndexException e = assertThrows(DamagedIndexException.class, () -> LuceneTaskSearch.open(index));
    assertEquals(damaged, e.file());
    assertTrue(e.problem().contains("checksum failed"), e.problem());
    System.out.println("RELIABILITY damaged index: 64 bytes flipped in " + damaged.getFileName() + " -> " + e.problem());
  }

  @Test
  void serveRebuildsADamagedSeedIndexServesItAndHealthSaysWhatHappened() throws Exception {
    Path index = seedIndex();
    Path damaged = flipBytesInTheMiddle(index);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ServedIndexOpening.Opened opened =
        ServedIndexOpening.open(index, SEEDS, java.time.Duration.ofSeconds(2), org.fenjie.search.EngineSettings.defaults(), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertNotNull(opened.recovery(), "a rebuild must be reported");
    assertTrue(log.toString(StandardCharsets.UTF_8).contains(damaged.toString()), log.toString(StandardCharsets.UTF_8));
    HttpConfig config = HttpConfig.defaults(work).withRecovery(opened.recovery());
    try (var search = opened.search();
        FenjieServer server = FenjieServer.start(search, config, "127.0.0.1", 0)) {
      JsonObject health = get(server.url() + "health");
      assertEquals(SEED_ROWS, health.get("rows").getAsInt());
      JsonObject recovered = health.getAsJsonObject("recovered");
      assertEquals(damaged.toString(), recovered.get("damaged").getAsString());
      assertTrue(recovered.get("action").getAsString().contains("rebuilt from seeds (" + SEED_ROWS + " rows"), recovered.toString());
      assertEquals(SEED_ROWS, search.search(new SearchRequest("", java.util.Map.of(), 1, 10, SearchRequest.SortOrder.RELEVANCE)).total());
      assertTrue(get(server.url() + "api/search?q=%E6%B5%B7%E5%A4%96%E4%BB%93").get("total").getAsInt() > 0);
    }
    assertTrue(Files.notExists(damaged), "the damaged generation is gone once the rebuild is served");
  }

  @Test
  void aDamagedImportedIndexIsRefusedNamingTheFileAndTheFix() throws Exception {
    Path index = work.resolve("imported");
    List<TaskRow> rows = parsedSeeds().stream().flatMap(d -> d.rows().stream()).toList();
    Iterator<TaskRow> it = rows.iterator();
    new IndexBuilder(index, ReviewedAliases.load()).build(it, 1, new IndexBuilder.Progress() {
      @Override public void added(long n) {}
      @Override public void allAdded(long n) {}
    });
    Path damaged = flipBytesInTheMiddle(index);
    ServedIndexOpening.Unrecoverable e =
        assertThrows(ServedIndexOpening.Unrecoverable.class, () -> ServedIndexOpening.open(index, SEEDS, java.time.Duration.ofSeconds(2), org.fenjie.search.EngineSettings.defaults(), quiet()));
    assertTrue(e.getMessage().contains(damaged.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("fenjie index --rows FILE"), e.getMessage());
    assertTrue(Files.exists(damaged), "the user's imported data is left as it is");
  }

  @Test
  void indexCheckReportsAnIntactIndexAndNamesTheDamagedFile() throws Exception {
    Path index = seedIndex();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int intact = new IndexCommand().run(List.of("--check", "--index", index.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), quiet());
    assertEquals(0, intact, out.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("CheckIndex rows     OK"), out.toString(StandardCharsets.UTF_8));
    Path damaged = flipBytesInTheMiddle(index);
    out.reset();
    int broken = new IndexCommand().run(List.of("--check", "--index", index.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), quiet());
    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, broken, report);
    assertTrue(report.contains("checksums: DAMAGED " + damaged), report);
    assertTrue(report.contains("CheckIndex rows     DAMAGED"), report);
  }

  private Path seedIndex() throws IOException {
    Path index = work.resolve("index");
    SeedIndexing.build(SEEDS, index, SeedIndexing.Policy.LEAVE_OUT_REFUSED);
    return index;
  }

  /** Inverts 64 bytes in the middle of the rows index's largest file (its compound file). */
  static Path flipBytesInTheMiddle(Path index) throws IOException {
    Path rows = IndexLocation.rows(new IndexLocation(index).current().orElseThrow());
    Path largest;
    try (var files = Files.list(rows)) {
      largest = files.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] ^= (byte) 0xFF;
    }
    Files.write(largest, bytes);
    return largest;
  }

  private static List<ParsedDocument> parsedSeeds() throws Exception {
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> docs = new java.util.ArrayList<>();
    for (Path f : DocumentParser.documentsIn(SEEDS)) {
      docs.add(parser.parse(f));
    }
    return DocumentParser.disambiguate(docs);
  }

  private static JsonObject get(String url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
