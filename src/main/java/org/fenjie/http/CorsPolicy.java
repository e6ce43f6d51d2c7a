package org.fenjie.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access to the public, read-only GET surface (/api/*, /health, /widget.js): any
 * origin by default, or only the configured ones. Never with credentials, and never for /admin.
 */
final class CorsPolicy {

  private final Set<String> allowed;

  /** An empty list means any origin. */
  CorsPolicy(List<String> origins) {
    this.allowed = Set.copyOf(origins);
  }

  static boolean isPublic(String path) {
    return path.startsWith("/api/") || path.equals("/health") || path.equals("/widget.js");
  }

  /** Before every request: grant the origin access to a public path's response, if it may have it. */
  void apply(Context ctx) {
    if (!isPublic(ctx.path())) {
      return;
    }
    if (!allowed.isEmpty()) {
      // The answer differs by Origin, so caches must keep one copy per origin.
      ctx.header("Vary", "Origin");
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    if (allowed.isEmpty()) {
      ctx.header("Access-Control-Allow-Origin", "*");
    } else if (allowed.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
    } else {
      return;
    }
    ctx.header("Access-Control-Expose-Headers", "Content-Disposition");
  }

  /** OPTIONS preflight on a public path: GET and HEAD only, with the ordinary request headers. */
  void preflight(Context ctx) {
    if (ctx.res().getHeader("Access-Control-Allow-Origin") != null) {
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
      ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Language, Content-Type");
      ctx.header("Access-Control-Max-Age", "600");
    }
    ctx.status(204);
  }
}
