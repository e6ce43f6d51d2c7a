package org.fenjie.http;

import io.javalin.http.Context;

/**
 * Refuses a request whose declared body is over the limit before anything reads it. No endpoint
 * reads a body, and Javalin's own limit applies only when one is read, so without this a client
 * could still make the server receive and discard megabytes per request.
 */
final class BodyLimit {

  private final long maxBytes;

  BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Before every request. A chunked body (no declared length) is cut off by Jetty's minimum data rate if read. */
  void apply(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      // The unread body is not worth keeping the connection for.
      ctx.header("Connection", "close");
      throw ClientError.tooLarge("请求体最多 " + maxBytes + " 字节，收到 " + declared + " 字节");
    }
  }
}
