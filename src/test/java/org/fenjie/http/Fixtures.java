package org.fenjie.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fenjie.search.TaskSearch;

/** The search the HTTP tests run against, and servers over it. */
final class Fixtures {

  private Fixtures() {}

  static TaskSearch search() {
    return new FakeTaskSearch(FakeTaskSearch.fixtureRows());
  }

  /** A server with default settings over {@link #search()} and an empty web directory. */
  static LiveServer server() throws IOException {
    return new LiveServer(search(), HttpConfig.defaults(emptyWeb()));
  }

  static Path emptyWeb() throws IOException {
    Path web = Files.createTempDirectory("fenjie-web");
    web.toFile().deleteOnExit();
    return web;
  }
}
