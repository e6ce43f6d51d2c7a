package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** / and /widget.js come from the web directory on disk; a placeholder stands in for a missing page. */
class StaticSiteTest {

  @Test
  void withoutAPageTheRootIsAPlaceholderPointingAtTheApi() throws Exception {
    try (LiveServer server = Fixtures.server()) {
      HttpResponse<String> r = server.get("/");
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(r.body().contains("/api/search?q=海外仓"), r.body());
      assertEquals(404, server.get("/widget.js").statusCode());
    }
  }

  @Test
  void thePageAndTheWidgetAreServedFromDiskAsUtf8() throws Exception {
    // web/ inside a directory of its own, so that a file beside it can show that nothing escapes web/.
    Path web = Files.createDirectory(Fixtures.emptyWeb().resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>分解检索</title>", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("widget.js"), "// 分解 widget\n", StandardCharsets.UTF_8);
    try (LiveServer server = new LiveServer(Fixtures.search(), HttpConfig.defaults(web))) {
      assertTrue(server.get("/").body().contains("分解检索"));
      HttpResponse<String> widget = server.get("/widget.js");
      assertEquals(200, widget.statusCode());
      String type = widget.headers().firstValue("Content-Type").orElse("");
      assertTrue(type.contains("javascript"), type);
      // Without the charset a GBK county site would decode the widget's Chinese in GBK.
      assertTrue(type.toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("charset=utf-8"), type);
      assertEquals("// 分解 widget\n", widget.body());
      Files.writeString(web.resolve("index.html"), "<!doctype html><title>新版</title>", StandardCharsets.UTF_8);
      assertTrue(server.get("/").body().contains("新版"), "an edited page shows without a restart");
      Files.writeString(web.resolve(".env"), "TOKEN=机密", StandardCharsets.UTF_8);
      assertEquals(404, server.get("/.env").statusCode());
      Files.writeString(web.resolveSibling("secret.txt"), "机密", StandardCharsets.UTF_8);
      for (String escape : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt"}) {
        LiveServer.RawResponse r = server.raw(escape);
        assertTrue(r.status() == 400 || r.status() == 404, escape + " " + r.status());
        assertTrue(!r.body().contains("机密"), escape);
      }
    }
  }
}
