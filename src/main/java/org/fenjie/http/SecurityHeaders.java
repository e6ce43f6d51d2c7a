package org.fenjie.http;

import io.javalin.http.Context;

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
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (path.startsWith("/api/") || path.startsWith("/admin/") || path.equals("/health")) {
      ctx.header("Content-Security-Policy", DATA_POLICY);
      ctx.header("X-Frame-Options", "DENY");
    } else if (isEmbeddable(path)) {
      ctx.header("Content-Security-Policy", PAGE_POLICY + "; frame-ancestors *");
    } else {
      ctx.header("Content-Security-Policy", PAGE_POLICY + "; frame-ancestors 'self'");
      ctx.header("X-Frame-Options", "SAMEORIGIN");
    }
    if (CorsPolicy.isPublic(path)) {
      // Lets pages that isolate themselves (COEP) still load the widget and the API.
      ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    }
    if (path.startsWith("/admin/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  static boolean isEmbeddable(String path) {
    return path.equals("/widget.js") || path.equals("/embed.html") || path.startsWith("/embed/");
  }
}
