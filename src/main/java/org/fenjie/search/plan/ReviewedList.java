package org.fenjie.search.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Opens one of the reviewed word lists bundled in the jar (synonyms, related terms, unit families). */
final class ReviewedList {

  /** Reads a list from its text, naming it in errors. */
  interface Format<T> {
    T read(Reader reader, String name) throws IOException;
  }

  static <T> T load(String resource, Format<T> format) {
    InputStream in = ReviewedList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the jar");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return format.read(r, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReviewedList() {}
}
