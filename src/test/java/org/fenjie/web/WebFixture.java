package org.fenjie.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One fenjie server and one headless browser shared by all browser test classes (starting
 * either costs seconds), closed when the test run ends. Test classes get it as a parameter
 * through {@link Extension}.
 */
final class WebFixture implements AutoCloseable {

  private final Path temp;
  private final FenjieTestServer server;
  private final ChromeDriver driver;
  private final HttpClient http = HttpClient.newHttpClient();

  private WebFixture(Path temp, FenjieTestServer server, ChromeDriver driver) {
    this.temp = temp;
    this.server = server;
    this.driver = driver;
  }

  private static WebFixture start() {
    try {
      Path temp = Files.createTempDirectory("fenjie-web-test");
      FenjieTestServer server = FenjieTestServer.start(temp.resolve("server"));
      try {
        return new WebFixture(temp, server, HeadlessChromium.start(temp.resolve("chromium-profile")));
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenjie base URL, ending in "/". */
  String url() {
    return server.url();
  }

  ChromeDriver driver() {
    return driver;
  }

  /** GETs an API path (relative to the base URL) and parses the JSON answer. */
  JsonElement api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return JsonParser.parseString(response.body());
  }

  HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
    URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(url() + pathOrUrl);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      server.close();
      deleteTree(temp);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Resolves a {@link WebFixture} parameter to the run-wide shared instance. */
  static final class Extension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebFixture.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == WebFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(NAMESPACE)
          .getOrComputeIfAbsent(WebFixture.class, key -> start(), WebFixture.class);
    }
  }
}
