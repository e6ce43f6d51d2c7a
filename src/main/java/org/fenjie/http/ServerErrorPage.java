package org.fenjie.http;

import com.google.gson.Gson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (a request line or headers past
 * the limit, a malformed request), as the same JSON {@code {"error": …}} as every other error
 * instead of Jetty's HTML page.
 */
final class ServerErrorPage extends ErrorHandler {

  private final int maxHeaderBytes;

  ServerErrorPage(int maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    String error =
        switch (code) {
          case HttpStatus.URI_TOO_LONG_414, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
              "请求行和请求头最多 " + maxHeaderBytes + " 字节；请缩短查询";
          default -> code + " " + HttpStatus.getMessage(code);
        };
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, FenjieApp.JSON_UTF8);
    // The request may not even have a readable path: every such answer gets the data policy.
    SecurityHeaders.forData().forEach(response.getHeaders()::put);
    byte[] body = new Gson().toJson(new ApiError(error)).getBytes(StandardCharsets.UTF_8);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
