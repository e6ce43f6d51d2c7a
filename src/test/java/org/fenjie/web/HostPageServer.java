package org.fenjie.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Somebody else's web site: serves one HTML page from 127.0.0.1 on its own random port, so a
 * widget embedded in it runs cross-origin to the fenjie server.
 */
final class HostPageServer implements AutoCloseable {

  private final HttpServer server;

  HostPageServer(String html) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          boolean page = exchange.getRequestURI().getPath().equals("/");
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(page ? 200 : 404, page ? body.length : -1);
          if (page) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
