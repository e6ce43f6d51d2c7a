package org.fenjie.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers that keep browsers strict about what they received: no MIME sniffing, no referrer, a
 * Content-Security-Policy per kind of response. JSON and CSV may run nothing and be framed
 * nowhere; the page may load only its own scripts and be framed only by its own origin; the
 * embeddable parts (widget.js, embed.html) may be framed or loaded by any site.
 */
final class SecurityHeaders {

  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  private SecurityHeaders() {}

  /** Before every request, so that errors and static files carry them too. */
  static void apply(Context ctx) {
    String path = ctx.path();
    forPath(path).forEach(ctx::header);
    if (CorsPolicy.isPublic(path)) {
      // Lets pages that isolate themselves (COEP) still load the widget and the API.
      ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    }
    if (path.startsWith("/admin/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * The headers every response to {@code path} carries, whoever answers it: fenjie's routes or,
   * for a request refused before routing (see ServerErrorPage), Jetty, which answers in JSON.
   */
  static Map<String, String> forPath(String path) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    if (path.startsWith("/api/") || path.startsWith("/admin/") || path.equals("/health")) {
      headers.putAll(DATA);
    } else if (isEmbeddable(path)) {
      headers.put("Content-Security-Policy", PAGE_POLICY + "; frame-ancestors *");
    } else {
      headers.put("Content-Security-Policy", PAGE_POLICY + "; frame-ancestors 'self'");
      headers.put("X-Frame-Options", "SAMEORIGIN");
    }
    return headers;
  }

  /** What a JSON error needs whatever path it answers: it runs nothing and is framed nowhere. */
  static Map<String, String> forData() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.putAll(DATA);
    return headers;
  }

  private static final Map<String, String> DATA =
      Map.of("Content-Security-Policy", DATA_POLICY, "X-Frame-Options", "DENY");

  static boolean isEmbeddable(String path) {
    return path.equals("/widget.js") || path.equals("/embed.html") || path.startsWith("/embed/");
  }
}
