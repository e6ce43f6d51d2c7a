package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.fenjie.model.CanonicalNames;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a running `fenjie index`: the previous index serves on and the next build recovers by itself. */
class KilledBuildTest {

  @TempDir Path root;

  @Test
  void aBuildKilledWhileWritingLeavesThePreviousIndexAndTheNextBuildRecovers() throws Exception {
    new IndexBuilder(root, CanonicalNames.basic()).build(SampleCorpus.documents());
    Path served = new IndexLocation(root).current().orElseThrow();

    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), SlowBuildMain.class.getName(), root.toString())
        .redirectErrorStream(true)
        .redirectOutput(root.resolve("child.log").toFile())
        .start();
    try {
      Path writing = waitForGenerationBeingWritten(served, p);
      assertTrue(p.isAlive(), "the slow build is still running when killed");
      p.destroyForcibly().waitFor();
      assertTrue(Files.exists(writing), "the killed build left its directory behind");
    } finally {
      p.destroyForcibly();
    }

    assertEquals(served, new IndexLocation(root).current().orElseThrow(), "CURRENT still names the old index");
    try (LuceneTaskSearch search = LuceneTaskSearch.open(root)) {
      assertEquals(SampleCorpus.rows().size(), search.search(new SearchRequest("", Map.of(), 1, 1, null)).total());
    }
    try (FSDirectory dir = FSDirectory.open(IndexLocation.rows(served));
        CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean, "CheckIndex passes on the served index");
    }

    new IndexBuilder(root, CanonicalNames.basic()).build(List.of(SampleCorpus.contest()));
    try (Stream<Path> s = Files.list(root)) {
      assertEquals(1, s.filter(f -> f.getFileName().toString().startsWith("gen-")).count(), "leftover removed");
    }
  }

  /** Polls until a second generation exists with Lucene's write lock in it (the writer is open). */
  private Path waitForGenerationBeingWritten(Path served, Process p) throws IOException, InterruptedException {
    for (int i = 0; i < 1200 && p.isAlive(); i++) {
      try (Stream<Path> s = Files.list(root)) {
        Optional<Path> other =
            s.filter(f -> f.getFileName().toString().startsWith("gen-") && !f.equals(served))
                .filter(f -> Files.exists(IndexLocation.rows(f).resolve("write.lock")))
                .findFirst();
        if (other.isPresent()) {
          Thread.sleep(300); // let it write some documents
          return other.get();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the child build never started writing (see child.log in the index root)");
  }
}
