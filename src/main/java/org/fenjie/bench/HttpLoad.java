package org.fenjie.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: {@code connections} clients, each with its own keep-alive connection,
 * send the mix's requests to {@code /api/search} one after another for a fixed time. Counts
 * answers that are not 200 and requests that fail as errors; reports requests/s and latency.
 * Only for a server on this machine: the address must be a loopback one.
 */
public final class HttpLoad {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final List<String> paths;

  /** The figures of one run. */
  public record Figures(int connections, double seconds, long requests, long errors, double rps, double p50, double p99) {}

  public HttpLoad(URI base, List<BenchQuery> queries) {
    String host = base.getHost();
    if (host == null || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"))) {
      throw new IllegalArgumentException("load runs only against this machine (127.0.0.1), not " + base);
    }
    this.base = base;
    this.paths = queries.stream().map(HttpLoad::path).toList();
  }

  /** {@code /api/search?q=…&region=…&size=N} for one benchmark request. */
  public static String path(BenchQuery q) {
    StringBuilder sb = new StringBuilder("/api/search?q=").append(encode(q.q()));
    for (Map.Entry<String, List<String>> f : q.filters().entrySet()) {
      for (String v : f.getValue()) {
        sb.append('&').append(encode(f.getKey())).append('=').append(encode(v));
      }
    }
    return sb.append("&size=").append(q.rows()).toString();
  }

  public Figures run(int connections, double seconds) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong errors = new AtomicLong();
    List<Latencies> perClient = new ArrayList<>();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Latencies mine = new Latencies();
      perClient.add(mine);
      int offset = (int) ((long) c * paths.size() / connections);
      clients.add(Thread.ofVirtual().unstarted(() -> loop(offset, stop, mine, errors)));
    }
    long start = System.nanoTime();
    clients.forEach(Thread::start);
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    for (Thread t : clients) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Latencies all = new Latencies();
    perClient.forEach(all::addAll);
    return new Figures(connections, elapsed, all.count(), errors.get(), all.count() / elapsed, all.percentile(50), all.percentile(99));
  }

  private void loop(int offset, AtomicBoolean stop, Latencies latencies, AtomicLong errors) {
    try (HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build()) {
      for (int i = offset; !stop.get(); i++) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size()))).timeout(TIMEOUT).GET().build();
        long t0 = System.nanoTime();
        try {
          HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) {
            errors.incrementAndGet();
          }
        } catch (IOException e) {
          errors.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        latencies.add(System.nanoTime() - t0);
      }
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
