package org.fenjie.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fenjie.search.TaskSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /admin/reload: picks up a re-built index without a restart. Registered only when an admin
 * token is configured; the caller must send it as {@code Authorization: Bearer <token>}, compared
 * in constant time. Requests from browsers (any Origin header) are refused, and no CORS header is
 * ever sent, so no web page can drive these endpoints.
 */
final class AdminRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);
  private static final String BEARER = "Bearer ";

  private final TaskSearch search;
  private final byte[] tokenDigest;

  AdminRoutes(TaskSearch search, String token) {
    this.search = search;
    this.tokenDigest = sha256(token);
  }

  void reload(Context ctx) throws IOException {
    authorize(ctx);
    boolean changed = search.refresh();
    var stats = search.stats();
    LOG.info("admin reload: index {} ({} rows, built {})", changed ? "changed" : "unchanged", stats.rows(), stats.builtAt());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("refreshed", changed);
    body.put("rows", stats.rows());
    body.put("builtAt", stats.builtAt());
    ctx.json(body);
  }

  private void authorize(Context ctx) {
    if (ctx.header("Origin") != null) {
      throw ClientError.forbidden("管理接口不接受网页发起的请求");
    }
    String header = ctx.header("Authorization");
    // The scheme is case-insensitive (RFC 7235: "bearer" is "Bearer"); the token is not.
    boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    String presented = bearer ? header.substring(BEARER.length()) : "";
    // Digests have equal length whatever was sent, so the comparison time says nothing about the token.
    if (!MessageDigest.isEqual(sha256(presented), tokenDigest)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"fenjie admin\"");
      throw ClientError.unauthorized("管理接口需要请求头 Authorization: Bearer <token>，且令牌与配置一致");
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
