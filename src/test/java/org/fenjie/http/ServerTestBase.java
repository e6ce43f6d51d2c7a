package org.fenjie.http;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One live server over the fixture search per test class, started before and stopped after it. */
abstract class ServerTestBase {

  static LiveServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = Fixtures.server();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }
}
