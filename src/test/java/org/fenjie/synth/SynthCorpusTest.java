package org.fenjie.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic corpus is reproducible and looks like the seeds it is made from. */
class SynthCorpusTest {

  static List<ParsedDocument> seeds;
  static List<TaskRow> seedRows;

  @BeforeAll
  static void parseSeeds() throws IOException, MalformedDocumentException {
    seeds = new DocumentParser().parseAll(DocumentParser.documentsIn(Path.of("seeds")));
    seedRows = seeds.stream().flatMap(d -> d.rows().stream()).toList();
  }

  static List<TaskRow> rows(long seed, int n) {
    List<TaskRow> out = new ArrayList<>();
    assertEquals(n, new SynthCorpus(seeds, seed).write(n, out::add));
    return out;
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAShorterCorpusIsAPrefix() {
    List<TaskRow> longer = rows(7, 2_000);
    assertEquals(longer, rows(7, 2_000));
    assertEquals(longer.subList(0, 700), rows(7, 700));
    assertNotEquals(longer, rows(8, 2_000));
  }

  @Test
  void rowsKeepTheContract() {
    List<TaskRow> rows = rows(1, 3_000);
    Set<String> ids = new HashSet<>();
    for (TaskRow r : rows) {
      assertTrue(ids.add(r.id()), "duplicate id " + r.id());
      assertTrue(r.id().matches("[A-Za-z0-9_-]+"), r.id());
      assertTrue(r.year() >= SynthCorpus.FIRST_YEAR && r.year() <= SynthCorpus.LAST_YEAR, r.toString());
      assertTrue(r.region().matches("\\p{IsHan}{2,}[县市区]"), r.region());
      assertTrue(Set.of(TaskRow.KIND_BREAKDOWN, TaskRow.KIND_CONTEST, TaskRow.KIND_REPORT).contains(r.kind()));
      assertTrue(!r.task().isBlank() && r.source().endsWith(".txt"));
    }
  }

  @Test
  void aboutThreeHundredRegionsAmongThemTheRealOnes() {
    List<String> regions = new SynthCorpus(seeds, 1).regions();
    assertEquals(SynthCorpus.REGIONS, new HashSet<>(regions).size());
    assertTrue(regions.containsAll(List.of("晋江市", "南安市", "泉港区")));
  }

  @Test
  void tasksAreMadeOfRealClauses() {
    Set<String> real = new HashSet<>();
    seedRows.forEach(r -> real.addAll(ClausePool.split(r.task())));
    for (TaskRow r : rows(3, 1_000)) {
      for (String clause : ClausePool.split(r.task())) {
        assertTrue(real.contains(clause), "not a seed clause: " + clause);
      }
    }
  }

  @Test
  void multiUnitAndMultiLeaderRowsKeepTheSeedsShare() {
    List<TaskRow> rows = rows(5, 20_000);
    assertClose(share(seedRows, r -> r.leadUnits().size() + r.supportUnits().size() > 1),
        share(rows, r -> r.leadUnits().size() + r.supportUnits().size() > 1), "multi-unit");
    assertClose(share(seedRows, r -> r.leaders().size() + r.overseers().size() > 1),
        share(rows, r -> r.leaders().size() + r.overseers().size() > 1), "multi-leader");
  }

  private static double share(List<TaskRow> rows, java.util.function.Predicate<TaskRow> p) {
    return rows.stream().filter(p).count() / (double) rows.size();
  }

  private static void assertClose(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) < 0.08, what + ": seeds " + expected + ", synthetic " + actual);
  }
}
