package org.fenjie.http;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.fenjie.search.TaskSearch;

/** The fenjie app over a search, started on 127.0.0.1 at a free port, with a real HTTP client pointed at it. */
final class LiveServer implements AutoCloseable {

  private final FenjieServer app;
  private final TaskSearch search;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
  final String base;

  LiveServer(TaskSearch search, HttpConfig config) throws IOException {
    this.search = search;
    app = FenjieServer.start(search, config, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  /** GET with the path and query sent exactly as given (the caller percent-encodes). */
  HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    return send(request(pathAndQuery, headers).GET());
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    return send(request(pathAndQuery, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
  }

  HttpRequest.Builder request(String pathAndQuery, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    return headers.length == 0 ? b : b.headers(headers);
  }

  /** A response read off the socket: status, raw header block and the (de-chunked) body. */
  record RawResponse(int status, String headers, String body) {}

  /** GET with the request target written byte for byte, e.g. unescaped UTF-8 or a broken escape. */
  RawResponse raw(byte[] requestTarget) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET ".getBytes(StandardCharsets.US_ASCII));
      out.write(requestTarget);
      out.write(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] response = socket.getInputStream().readAllBytes();
      int split = indexOf(response, CRLF_CRLF, 0);
      String head = new String(response, 0, split, StandardCharsets.US_ASCII);
      byte[] body = Arrays.copyOfRange(response, split + 4, response.length);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, new String(body, StandardCharsets.UTF_8));
    }
  }

  RawResponse raw(String requestTarget) throws IOException {
    return raw(requestTarget.getBytes(StandardCharsets.UTF_8));
  }

  private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};
  private static final byte[] CRLF = {'\r', '\n'};

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int eol = indexOf(chunked, CRLF, at);
      int size = Integer.parseInt(new String(chunked, at, eol - at, StandardCharsets.US_ASCII).trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, eol + 2, size);
      at = eol + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    for (int i = from; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new IllegalStateException("malformed HTTP response");
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Whether a Content-Type names JSON in UTF-8 (Jetty writes it without the space). */
  static boolean isJsonUtf8(String contentType) {
    return contentType.replace(" ", "").equalsIgnoreCase("application/json;charset=utf-8");
  }

  static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  /** Stops the server and closes the search it served. */
  @Override
  public void close() {
    app.close();
    try {
      search.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
