package org.fenjie.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the peers harness runs in one results directory ({@code data/results/N/<engine>-runK.json}),
 * as report columns: per engine the median over its runs of each figure (with two runs, their mean,
 * as the harness's own table does), plus its index build rate.
 */
public final class PeersResults {

  /** One peer engine's medians; {@code figures} has no answers. */
  public record Peer(String engine, int runs, LayerFigures figures, double rowsPerSecond, double indexMiB) {}

  private PeersResults() {}

  public static List<Peer> read(Path dir) throws IOException {
    Map<String, List<JsonObject>> byEngine = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*-run*.json")) {
      for (Path f : files) {
        String engine = f.getFileName().toString().replaceFirst("-run\\d+\\.json$", "");
        JsonObject o = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
        byEngine.computeIfAbsent(engine, k -> new ArrayList<>()).add(o);
      }
    }
    List<Peer> out = new ArrayList<>();
    byEngine.forEach((engine, runs) -> out.add(peer(engine, runs)));
    return out;
  }

  private static Peer peer(String engine, List<JsonObject> runs) {
    Latencies.Summary overall = summary(runs, o -> o.getAsJsonObject("latency"));
    Map<String, Latencies.Summary> byClass = new LinkedHashMap<>();
    for (String kind : runs.get(0).getAsJsonObject("latencyByKind").keySet()) {
      byClass.put(kind, summary(runs, o -> o.getAsJsonObject("latencyByKind").getAsJsonObject(kind)));
    }
    JsonObject tp0 = runs.get(0).getAsJsonObject("throughput");
    LayerFigures.Throughput tp =
        new LayerFigures.Throughput(
            tp0.get("threads").getAsInt(),
            median(runs, o -> o.getAsJsonObject("throughput").get("seconds")),
            (long) median(runs, o -> o.getAsJsonObject("throughput").get("queries")),
            median(runs, o -> o.getAsJsonObject("throughput").get("qps")),
            median(runs, o -> o.getAsJsonObject("throughput").getAsJsonObject("latency").get("p50Ms")),
            median(runs, o -> o.getAsJsonObject("throughput").getAsJsonObject("latency").get("p99Ms")));
    long heap = (long) median(runs, o -> o.get("heapUsedAfterOpenMB")) * 1024 * 1024;
    LayerFigures f = new LayerFigures("peers " + engine, overall, Double.NaN, byClass, List.of(tp), Map.of(), 0, heap);
    return new Peer(engine, runs.size(), f, median(runs, o -> o.get("rowsPerSec")), median(runs, o -> o.get("indexBytes")) / 1048576.0);
  }

  private interface Field {
    JsonElement of(JsonObject run);
  }

  private interface Block {
    JsonObject of(JsonObject run);
  }

  private static Latencies.Summary summary(List<JsonObject> runs, Block block) {
    return new Latencies.Summary(
        block.of(runs.get(0)).get("count").getAsInt(),
        median(runs, o -> block.of(o).get("p50Ms")),
        median(runs, o -> block.of(o).get("p95Ms")),
        median(runs, o -> block.of(o).get("p99Ms")),
        median(runs, o -> block.of(o).get("meanMs")));
  }

  /** Median of one figure over the runs; with an even number of runs, the mean of the middle two. */
  static double median(List<JsonObject> runs, Field field) {
    List<Double> v = new ArrayList<>();
    for (JsonObject o : runs) {
      JsonElement e = field.of(o);
      if (e != null && !e.isJsonNull()) {
        v.add(e.getAsDouble());
      }
    }
    if (v.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(v);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }
}
