package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.index.BuildReport;
import org.fenjie.ingest.BrokenDocuments;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeds folder with broken documents beside the real ones (one of them in GBK): each broken one
 * is named with its line and left out, and every row of every readable document is indexed.
 */
class BrokenSeedsIndexTest {

  /** "file:line: message", the line a number. */
  static final Pattern NAMED = Pattern.compile("(9\\d\\d_[a-z]+\\.txt):(\\d+): .+");

  @TempDir Path work;

  @Test
  void brokenDocumentsAreNamedAndEveryRowOfTheOthersIsIndexed() throws Exception {
    Path seeds = Files.createDirectories(work.resolve("seeds"));
    for (Path f : org.fenjie.ingest.DocumentParser.documentsIn(Path.of("seeds"))) {
      boolean gbk = f.getFileName().toString().startsWith("004");
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Files.write(seeds.resolve(f.getFileName()), text.getBytes(gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8));
    }
    List<String> broken = new java.util.ArrayList<>(BrokenDocuments.writeInto(seeds));
    Files.copy(seeds.resolve("000_49bd79bf689c61c0.txt"), seeds.resolve("905_again.txt"));
    broken.add("905_again.txt");
    SeedIndexing.Result result =
        SeedIndexing.build(seeds, work.resolve("index"), SeedIndexing.Policy.LEAVE_OUT_REFUSED);

    assertEquals(broken.size(), result.unreadable().size(), result.unreadable().toString());
    Set<String> named = new HashSet<>();
    for (String u : result.unreadable()) {
      var m = NAMED.matcher(u);
      assertTrue(m.matches(), u);
      named.add(m.group(1));
    }
    assertEquals(Set.copyOf(broken), named);
    String refused = result.unreadable().toString();
    assertTrue(refused.contains("903_huge.txt:0: too large"), refused);
    assertTrue(refused.contains("905_again.txt:0: the same document (晋政文〔2026〕4号) as 000_49bd79bf689c61c0.txt"), refused);

    assertEquals(5, result.report().documents().size());
    for (BuildReport.DocumentCount c : result.report().documents()) {
      assertTrue(c.complete(), c.toString());
    }
    List<TaskRow> expected = SeedCorpus.seedRows();
    assertEquals(expected.size(), result.report().rows());
    try (LuceneTaskSearch search = LuceneTaskSearch.open(work.resolve("index"))) {
      Set<String> indexed = new HashSet<>();
      search.export(new SearchRequest("", java.util.Map.of(), 1, 10, null), r -> indexed.add(r.id()));
      Set<String> ids = new HashSet<>();
      expected.forEach(r -> ids.add(r.id()));
      assertEquals(ids, indexed, "every row of the readable documents, the GBK one included");
      for (TaskRow r : expected) {
        if (r.source().startsWith("004")) {
          assertEquals(r, search.get(r.id()).orElseThrow(), "the GBK document's rows read exactly as from UTF-8");
        }
      }
    }
  }
}
