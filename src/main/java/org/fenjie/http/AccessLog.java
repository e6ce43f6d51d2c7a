package org.fenjie.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status and milliseconds. The query string is left out so
 * that what people search for does not end up in server logs.
 */
final class AccessLog {

  private static final Logger LOG = LoggerFactory.getLogger("org.fenjie.http.access");

  private AccessLog() {}

  static void log(Context ctx, Float ms) {
    LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
  }
}
