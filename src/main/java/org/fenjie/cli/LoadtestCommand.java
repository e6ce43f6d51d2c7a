package org.fenjie.cli;

import com.google.gson.Gson;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fenjie.bench.BenchQuery;
import org.fenjie.bench.HttpLoad;
import org.fenjie.bench.QueryFile;

/**
 * `fenjie loadtest --url http://127.0.0.1:PORT [--queries FILE] [--connections 1,8,64] [--seconds 20]`:
 * a bounded HTTP load on a running `fenjie serve` (loopback only): requests/s, p50/p99 and errors
 * per number of connections, as one JSON line and a table.
 */
public final class LoadtestCommand implements Command {

  private static final String USAGE =
      """
      usage: fenjie loadtest --url http://127.0.0.1:PORT [--queries FILE] [--connections 1,8,64] [--seconds 20] [--warmup-seconds 5]
             fenjie loadtest --print-paths [--queries FILE]   (the request paths, one per line, e.g. for wrk)""";

  @Override
  public String name() {
    return "loadtest";
  }

  @Override
  public String summary() {
    return "HTTP load on a running 'fenjie serve' (127.0.0.1 only): requests/s, p50/p99, errors";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o =
        Options.parse(args, List.of("--url", "--queries", "--connections", "--seconds", "--warmup-seconds"), List.of("--print-paths"));
    if (o.has("--help")) {
      out.println(USAGE);
      return 0;
    }
    String file = o.value("--queries", null);
    List<BenchQuery> queries = file != null ? QueryFile.read(Path.of(file)) : QueryFile.readDefault();
    if (o.has("--print-paths")) {
      queries.forEach(q -> out.println(HttpLoad.path(q)));
      return 0;
    }
    if (o.value("--url", null) == null || !o.positional().isEmpty()) {
      throw new UsageException(USAGE);
    }
    HttpLoad load;
    try {
      load = new HttpLoad(URI.create(o.value("--url", null)), queries);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    int seconds = o.intValue("--seconds", 20);
    int warmup = o.intValue("--warmup-seconds", 5);
    if (warmup > 0) {
      err.println("loadtest: warming up for " + warmup + " s with 2 connections");
      load.run(2, warmup);
    }
    List<HttpLoad.Figures> figures = new ArrayList<>();
    for (int c : o.intList("--connections", List.of(1, 8, 64))) {
      err.println("loadtest: " + c + " connections for " + seconds + " s");
      figures.add(load.run(c, seconds));
    }
    out.println(new Gson().toJson(figures));
    out.println();
    out.println("| connections | requests/s | p50 ms | p99 ms | requests | errors |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (HttpLoad.Figures f : figures) {
      out.println(String.format(Locale.ROOT, "| %d | %,.0f | %.2f | %.2f | %,d | %d |",
          f.connections(), f.rps(), f.p50(), f.p99(), f.requests(), f.errors()));
    }
    return figures.stream().anyMatch(f -> f.errors() > 0) ? 1 : 0;
  }
}
