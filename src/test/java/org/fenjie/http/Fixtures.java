package org.fenjie.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.ParsedDocument;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.TaskSearch;

/**
 * What the HTTP tests run against: the real engine over an index built once per test run from the
 * project's seeds/ with the production parser and builder, in a temporary directory.
 */
final class Fixtures {

  static final Path SEEDS = Path.of("seeds");
  private static Path seedIndex;

  private Fixtures() {}

  /** A search over every seed document; the caller closes it (LiveServer does). */
  static TaskSearch search() throws IOException {
    return LuceneTaskSearch.open(seedIndex());
  }

  /** A server with default settings over {@link #search()} and an empty web directory. */
  static LiveServer server() throws IOException {
    return new LiveServer(search(), HttpConfig.defaults(emptyWeb()));
  }

  static synchronized Path seedIndex() throws IOException {
    if (seedIndex == null) {
      Path dir = tempDir("fenjie-http-index");
      build(dir, DocumentParser.documentsIn(SEEDS));
      seedIndex = dir;
    }
    return seedIndex;
  }

  /** Builds (or rebuilds, swapping generations) the index in {@code dir} from the given documents. */
  static void build(Path dir, List<Path> documents) throws IOException {
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> parsed = new ArrayList<>();
    for (Path file : documents) {
      try {
        parsed.add(parser.parse(file));
      } catch (MalformedDocumentException e) {
        throw new AssertionError("a seed document no longer parses: " + e.getMessage(), e);
      }
    }
    new IndexBuilder(dir, ReviewedAliases.load()).build(DocumentParser.disambiguate(parsed));
  }

  static Path emptyWeb() throws IOException {
    return tempDir("fenjie-web");
  }

  /** A temporary directory removed with everything in it when the test JVM exits. */
  static Path tempDir(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
    return dir;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
