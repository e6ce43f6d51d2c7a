package org.fenjie.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.fenjie.search.BadQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a JSON {@code {"error": …}}: refused requests with their own status and
 * message, anything unexpected a logged 500 that tells the client nothing about the internals.
 */
final class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  static final String INTERNAL = "服务器内部错误，详情见服务器日志";

  private ErrorResponses() {}

  static void register(JavalinConfig config) {
    config.routes.exception(ClientError.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
    config.routes.exception(BadQueryException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
    // Javalin's own refusals: unknown path (404), wrong method, body too large (413) ...
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> send(ctx, e.getStatus(), e.getStatus() == 404 ? "没有这个地址：" + ctx.method() + " " + ctx.path() : e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          send(ctx, 500, INTERNAL);
        });
    config.router.javaLangErrorHandler(
        (res, error) -> {
          LOG.error("fatal error while serving a request", error);
          if (!res.isCommitted()) {
            res.setStatus(500);
          }
        });
  }

  static void send(Context ctx, int status, String message) {
    if (ctx.res().isCommitted()) {
      // A streamed export already sent its status; all that is left is to stop.
      LOG.warn("{} {}: cannot report '{}' after the response started", ctx.method(), ctx.path(), message);
      return;
    }
    ctx.res().resetBuffer();
    ctx.status(status).json(new ApiError(message));
  }
}
