package org.fenjie.http;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.fenjie.search.TaskSearch;

/** The fenjie app started on 127.0.0.1 at a free port, with a real HTTP client pointed at it. */
final class LiveServer implements AutoCloseable {

  private final Javalin app;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
  final String base;

  LiveServer(TaskSearch search, HttpConfig config) {
    app = FenjieApp.create(search, config).start("127.0.0.1", 0);
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

  /** The raw response text of a request line written byte for byte (e.g. unescaped UTF-8). */
  String raw(byte[] requestTarget) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET ".getBytes(StandardCharsets.US_ASCII));
      out.write(requestTarget);
      out.write(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Override
  public void close() {
    app.stop();
  }
}
