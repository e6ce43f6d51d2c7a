package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base for tests that search the sample corpus: one index per test class, built with the production builder. */
abstract class OnSampleIndex {

  @TempDir static Path dir;
  static LuceneTaskSearch search;

  @BeforeAll
  static void open() throws IOException {
    search = SearchFixture.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }
}
