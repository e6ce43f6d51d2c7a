package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fenjie.index.IndexLocation;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.fenjie.pipeline.SeedIndexing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real `fenjie index` in a child JVM whose writes stop at 300 KB per file (the shell's
 * {@code ulimit -f}: the kernel refuses the write with EFBIG, as a full disk refuses it with
 * ENOSPC) over an index that is already there: the command fails saying so, CURRENT still names
 * the old generation, the half-written one is gone, and the old index serves every row.
 */
class DiskFullIndexTest {

  @TempDir Path work;

  @Test
  void aWriteRefusedMidBuildKeepsThePreviousIndexServing() throws Exception {
    Path index = work.resolve("index");
    long rows = SeedIndexing.build(Path.of("seeds"), index, SeedIndexing.Policy.LEAVE_OUT_REFUSED)
        .report().rows();
    Path before = new IndexLocation(index).current().orElseThrow();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = "ulimit -f 300; exec '" + javaBin + "' -Xmx512m -cp '" + System.getProperty("java.class.path") + "' "
        + Main.class.getName() + " index --seeds seeds --index '" + index + "'";
    Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), output);
    assertTrue(output.contains("the previous index (if any) is still served"), output);
    assertEquals(before, new IndexLocation(index).current().orElseThrow());
    try (var dirs = Files.list(index)) {
      assertEquals(List.of(before), dirs.filter(d -> d.getFileName().toString().startsWith("gen-")).toList());
    }
    try (LuceneTaskSearch search = LuceneTaskSearch.open(index)) {
      assertEquals(rows, search.search(new SearchRequest("", java.util.Map.of(), 1, 1, SearchRequest.SortOrder.RELEVANCE)).total());
    }
    String last = output.lines().filter(l -> l.startsWith("fenjie index:")).reduce((a, b) -> b).orElse(output);
    System.out.println("RELIABILITY disk full during index (ulimit -f 300 KB): exit 1, '" + last + "', previous generation served with "
        + rows + " rows");
  }
}
