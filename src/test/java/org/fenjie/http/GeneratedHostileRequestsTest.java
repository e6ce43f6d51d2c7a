package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.fenjie.search.HostileQueries;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated hostile requests against a live server over the seed index, through a
 * real HTTP client and, for what a client library refuses to send, raw sockets: every answer is
 * 200 with a sane body or a 4xx with a JSON error, never a 500, and none takes a second (a case
 * over a second is tried once more, so that only a request that is slow twice — a hang, not a
 * busy machine — fails). The seed of the generator is printed; -Dfenjie.hostileSeed replays it.
 */
class GeneratedHostileRequestsTest extends ServerTestBase {

  static final int GENERATED = 2_000;
  static final Duration BOUND = Duration.ofSeconds(1);
  static final List<String> DIMENSIONS = List.of("region", "year", "kind", "unit", "leader", "department", "", "%00", "..");
  /** A highlight may hold escaped text and mark tags, nothing else that a browser would parse. */
  static final Pattern REGION_FILTER = Pattern.compile("[?&]region=[^&]");
  static final Pattern SAFE_HIGHLIGHT = Pattern.compile("([^<>]|<mark>|</mark>)*");

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> failures = new ArrayList<>();
  private int sent;
  private long slowest;

  @Test
  void everyGeneratedRequestIsAnsweredSanelyAndQuickly() throws Exception {
    Random random = new Random(HostileQueries.SEED);
    List<String> texts = HostileQueries.generated(HostileQueries.SEED, GENERATED);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      check("/api/search?q=" + enc(text) + HostileParameters.extra(random));
      check(
          switch (i % 4) {
            case 0 -> "/api/suggest?q=" + enc(text) + HostileParameters.extra(random);
            case 1 -> "/api/facets/" + DIMENSIONS.get(random.nextInt(DIMENSIONS.size())) + "?prefix=" + enc(text)
                + "&q=" + enc(texts.get(random.nextInt(texts.size()))) + HostileParameters.extra(random);
            case 2 -> "/api/export?q=" + enc(text) + HostileParameters.extra(random);
            default -> "/api/tasks/" + enc(text).replace("+", "%20");
          });
    }
    List<String> handPicked = new ArrayList<>(HostileQueries.handPicked());
    handPicked.addAll(HostileInputTest.TEXTS);
    for (String text : handPicked) {
      for (String endpoint : List.of("/api/search?q=", "/api/suggest?q=", "/api/facets/unit?prefix=", "/api/export?q=", "/api/tasks/")) {
        check(endpoint + (endpoint.endsWith("/") ? enc(text).replace("+", "%20") : enc(text)));
      }
    }
    for (String params : HostileParameters.handPicked()) {
      for (String endpoint : List.of("/api/search?", "/api/suggest?", "/api/facets/leader?", "/api/export?")) {
        check(endpoint + params);
      }
    }
    report("generated requests (java.net.http)");
  }

  @Test
  void requestsNoClientLibraryWouldSendAreRefusedCleanly() throws Exception {
    List<byte[]> requests = new ArrayList<>();
    Random random = new Random(HostileQueries.SEED + 1);
    for (int i = 0; i < 300; i++) {
      String endpoint = List.of("/api/search", "/api/suggest", "/api/facets/unit", "/api/export", "/api/tasks/x").get(i % 5);
      requests.add(RawHttp.get(concat(endpoint.getBytes(StandardCharsets.US_ASCII), HostileParameters.brokenQuery(random))));
    }
    HostileParameters.brokenRequestLines().forEach(l -> requests.add(l.getBytes(StandardCharsets.ISO_8859_1)));
    for (byte[] request : requests) {
      sendRaw(request);
    }
    report("raw requests (sockets)");
  }

  private void sendRaw(byte[] request) throws IOException {
    long start = System.nanoTime();
    RawHttp.Answer a = RawHttp.exchange(port(), request);
    long ms = (System.nanoTime() - start) / 1_000_000;
    sent++;
    slowest = Math.max(slowest, ms);
    String shown = new String(request, 0, Math.min(200, request.length), StandardCharsets.ISO_8859_1).split("\r\n")[0];
    String target = shown.startsWith("GET ") ? shown.substring(4) : shown;
    String problem = a.status() == 0 ? "closed without an answer" : problem(target, a.status(), a.body(), null);
    if (problem == null && ms > BOUND.toMillis()) {
      long again = System.nanoTime();
      RawHttp.exchange(port(), request);
      problem = System.nanoTime() - again > BOUND.toNanos() ? "slower than " + BOUND + " twice" : null;
    }
    if (problem != null) {
      failures.add(a.status() + " " + printable(shown) + ": " + problem + " [" + printable(a.headers() + " | " + a.body()) + "]");
    }
  }

  private void check(String target) throws IOException, InterruptedException {
    HttpResponse<String> r = timed(target);
    if (r == null) {
      return;
    }
    String problem = problem(target, r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    if (problem != null) {
      failures.add(r.statusCode() + " " + printable(target) + ": " + problem);
    }
  }

  /** The answer, asked again once if the first took longer than the bound; null if it never came. */
  private HttpResponse<String> timed(String target) throws IOException, InterruptedException {
    HttpResponse<String> r = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      long start = System.nanoTime();
      URI uri;
      try {
        uri = URI.create(server.base + target);
      } catch (IllegalArgumentException refusedByTheClient) {
        rawFallback(target);
        return null;
      }
      try {
        r = client.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (java.net.http.HttpTimeoutException hang) {
        failures.add("no answer within 10 s: " + printable(target));
        return null;
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      sent++;
      slowest = Math.max(slowest, attempt == 0 ? ms : slowest);
      if (ms <= BOUND.toMillis()) {
        return r;
      }
    }
    failures.add("slower than " + BOUND + " twice: " + printable(target));
    return r;
  }

  /** A target java.net.URI refuses (a bare %, a space) goes byte for byte on a socket instead. */
  private void rawFallback(String target) throws IOException {
    sendRaw(RawHttp.get(target.getBytes(StandardCharsets.UTF_8)));
  }

  /** Null when the answer is acceptable, else what is wrong with it. */
  static String problem(String requestTarget, int status, String body, String contentType) {
    String target = requestTarget.replaceFirst("^https?://[^/]*", "");
    if (status == 505 || (!target.startsWith("/") && status >= 400 && status < 500)) {
      // Refused by Jetty's HTTP parser before any handler runs: a version other than 1.x (505),
      // CONNECT, PRI or OPTIONS * (4xx, empty body). Protocol answers, not failures.
      return null;
    }
    if (status >= 500) {
      return "server error";
    }
    if (status != 200) {
      return status >= 400 && jsonError(body) ? null : "not a JSON error";
    }
    if (target.startsWith("/api/export")) {
      return body.startsWith("\uFEFF地区,") ? null : "not CSV";
    }
    JsonObject o;
    try {
      o = JsonParser.parseString(body).getAsJsonObject();
    } catch (RuntimeException e) {
      return "not JSON";
    }
    if (contentType != null && !contentType.startsWith("application/json")) {
      return "content type " + contentType;
    }
    if (target.startsWith("/api/search")) {
      return saneSearch(o, !REGION_FILTER.matcher(target).find());
    }
    if (target.startsWith("/api/suggest")) {
      return o.get("items").isJsonArray() ? null : "no items";
    }
    if (target.startsWith("/api/facets/")) {
      return o.get("values").isJsonArray() ? null : "no values";
    }
    if (target.startsWith("/api/tasks/")) {
      return o.has("id") ? null : "a task without id";
    }
    return null;
  }

  /**
   * Hits within the page size, marks only as marks, and region counts that add up to the total:
   * every row has exactly one region, so without a region filter they must be equal; with one,
   * the region counts ignore it (drill-sideways) and can only be more.
   */
  static String saneSearch(JsonObject o, boolean exact) {
    long total = o.get("total").getAsLong();
    long listed = total + o.get("relatedTotal").getAsLong(); // the later tiers list rows after the exact ones
    JsonArray hits = o.getAsJsonArray("hits");
    if (total < 0 || hits.size() > o.get("size").getAsInt() || hits.size() > listed) {
      return "hits " + hits.size() + " of total " + total;
    }
    for (JsonElement h : hits) {
      String marked = h.getAsJsonObject().getAsJsonObject("highlight").get("task").getAsString();
      if (!SAFE_HIGHLIGHT.matcher(marked).matches()) {
        return "markup in a highlight: " + marked;
      }
    }
    long regions = 0;
    for (JsonElement v : o.getAsJsonObject("facets").getAsJsonArray("region")) {
      regions += v.getAsJsonObject().get("count").getAsLong();
    }
    return exact ? (regions == total ? null : "region counts " + regions + " ≠ total " + total)
        : (regions >= total ? null : "region counts " + regions + " < total " + total);
  }

  private static boolean jsonError(String body) {
    try {
      JsonObject o = JsonParser.parseString(body).getAsJsonObject();
      return o.has("error") && !o.get("error").getAsString().isBlank();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void report(String what) {
    System.out.printf("RELIABILITY %s: seed %d, %d requests, slowest %d ms, %d failures%n",
        what, HostileQueries.SEED, sent, slowest, failures.size());
    assertTrue(sent >= 300, "requests sent: " + sent);
    assertEquals(List.of(), failures.subList(0, Math.min(30, failures.size())), failures.size() + " failures, seed " + HostileQueries.SEED);
  }

  static int port() {
    return Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String printable(String s) {
    String cut = s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
    StringBuilder b = new StringBuilder();
    cut.codePoints().forEach(cp -> b.append(cp < 0x20 || cp == 0x7f ? String.format("\\x%02x", cp) : Character.toString(cp)));
    return b.toString();
  }
}
