package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What browsers are told: CORS for the public API, never for admin; CSP and friends everywhere. */
class BrowserPolicyTest {

  static final String TOKEN = "0123456789abcdef-test-token";
  static final String SITE = "https://www.jinjiang.gov.cn";

  static Optional<String> header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name);
  }

  @Test
  void anyOriginMayReadTheApiByDefaultWithoutCredentials() throws Exception {
    try (LiveServer server = Fixtures.server()) {
      for (String path : List.of("/api/search?q=x", "/api/suggest?q=x", "/api/facets/unit", "/api/export", "/health")) {
        HttpResponse<String> r = server.get(path, "Origin", "https://example.org");
        assertEquals("*", header(r, "Access-Control-Allow-Origin").orElse(null), path);
        assertFalse(header(r, "Access-Control-Allow-Credentials").isPresent(), path);
      }
      HttpResponse<String> error = server.get("/api/search?size=0", "Origin", "https://example.org");
      assertEquals("*", header(error, "Access-Control-Allow-Origin").orElse(null), "a page must be able to read the 400 message");
      HttpResponse<String> preflight =
          server.send(
              server.request("/api/search", "Origin", "https://example.org", "Access-Control-Request-Method", "GET")
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertEquals(204, preflight.statusCode());
      assertEquals("*", header(preflight, "Access-Control-Allow-Origin").orElse(null));
      assertTrue(header(preflight, "Access-Control-Allow-Methods").orElse("").contains("GET"));
      assertFalse(header(preflight, "Access-Control-Allow-Methods").orElse("").contains("POST"));
    }
  }

  @Test
  void anAllowListAdmitsOnlyItsOrigins() throws Exception {
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withCorsOrigins(List.of(SITE));
    try (LiveServer server = new LiveServer(Fixtures.search(), config)) {
      HttpResponse<String> allowed = server.get("/api/search?q=x", "Origin", SITE);
      assertEquals(SITE, header(allowed, "Access-Control-Allow-Origin").orElse(null));
      assertTrue(header(allowed, "Vary").orElse("").contains("Origin"));
      HttpResponse<String> other = server.get("/api/search?q=x", "Origin", "https://evil.example");
      assertEquals(200, other.statusCode(), "same data, the browser just will not hand it over");
      assertFalse(header(other, "Access-Control-Allow-Origin").isPresent());
      assertTrue(header(other, "Vary").orElse("").contains("Origin"));
    }
  }

  @Test
  void adminEndpointsNeverGetCorsAndRefuseWebPages() throws Exception {
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken(TOKEN);
    try (LiveServer server = new LiveServer(Fixtures.search(), config)) {
      HttpResponse<String> preflight =
          server.send(
              server.request("/admin/reload", "Origin", SITE, "Access-Control-Request-Method", "POST")
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertFalse(header(preflight, "Access-Control-Allow-Origin").isPresent());
      HttpResponse<String> fromPage =
          server.send(
              server.request("/admin/reload", "Origin", SITE, "Authorization", "Bearer " + TOKEN)
                  .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(403, fromPage.statusCode());
      assertFalse(header(fromPage, "Access-Control-Allow-Origin").isPresent());
    }
  }

  @Test
  void everyResponseCarriesSecurityHeadersAndOnlyTheWidgetIsEmbeddableEverywhere() throws Exception {
    Path web = Fixtures.emptyWeb();
    Files.writeString(web.resolve("widget.js"), "/* widget */", StandardCharsets.UTF_8);
    try (LiveServer server = new LiveServer(Fixtures.search(), HttpConfig.defaults(web))) {
      for (String path : List.of("/", "/api/search?q=x", "/api/nothing", "/widget.js", "/health", "/api/search?page=0")) {
        HttpResponse<String> r = server.get(path);
        assertEquals("nosniff", header(r, "X-Content-Type-Options").orElse(null), path);
        assertEquals("no-referrer", header(r, "Referrer-Policy").orElse(null), path);
        assertTrue(header(r, "Content-Security-Policy").isPresent(), path);
      }
      String page = header(server.get("/"), "Content-Security-Policy").orElseThrow();
      assertTrue(page.contains("script-src 'self'") && page.contains("frame-ancestors 'self'"), page);
      assertFalse(page.contains("unsafe-eval") || page.contains("script-src 'self' 'unsafe-inline'"), page);
      String api = header(server.get("/api/search?q=x"), "Content-Security-Policy").orElseThrow();
      assertTrue(api.contains("default-src 'none'") && api.contains("frame-ancestors 'none'"), api);
      HttpResponse<String> widget = server.get("/widget.js", "Origin", "https://example.org");
      assertTrue(header(widget, "Content-Security-Policy").orElseThrow().contains("frame-ancestors *"));
      assertFalse(header(widget, "X-Frame-Options").isPresent());
      assertEquals("cross-origin", header(widget, "Cross-Origin-Resource-Policy").orElse(null));
      assertFalse(header(server.get("/health"), "Server").orElse("").contains("Jetty"));
    }
  }
}
