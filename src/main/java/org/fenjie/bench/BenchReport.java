package org.fenjie.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints a benchmark: one JSON summary line (for scripts and BENCHMARKS.md), then readable
 * Markdown tables: single-thread latency per class side by side for every layer (and peer
 * engines, if given), throughput per thread count, and the agreement of answers.
 */
public final class BenchReport {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

  /** The summary of one layer as the JSON line carries it (no answers). */
  private record LayerLine(
      String layer, Latencies.Summary overall, double cpuMsPerRequest, Map<String, Latencies.Summary> byClass,
      List<LayerFigures.Throughput> throughput, int errors, long heapAfterWarmupMiB) {}

  private record Line(String index, long rows, int queries, List<LayerLine> layers, List<Agreement> agreement) {}

  private BenchReport() {}

  public static String jsonLine(String index, long rows, int queries, List<LayerFigures> layers, List<Agreement> agreement) {
    List<LayerLine> ls = new ArrayList<>();
    for (LayerFigures f : layers) {
      ls.add(new LayerLine(f.layer(), round(f.overall()), r3(f.cpuMsPerRequest()), roundAll(f.byClass()), f.throughput(), f.errors(), f.heapAfterWarmupBytes() >> 20));
    }
    List<Agreement> short_ = agreement.stream()
        .map(a -> new Agreement(a.layer(), a.reference(), a.compared(), a.hitsEqual(), a.facetsEqual(), a.topIdsEqual(),
            a.topIdsUpToTies(), a.meanOverlap(), List.of()))
        .toList();
    return GSON.toJson(new Line(index, rows, queries, ls, short_));
  }

  public static String tables(List<LayerFigures> layers, List<Agreement> agreement) {
    StringBuilder sb = new StringBuilder();
    sb.append("Single-thread latency, ms (p50 / p95 / p99):\n\n| class | n |");
    layers.forEach(l -> sb.append(' ').append(l.layer()).append(" |"));
    sb.append("\n|---|---:|");
    layers.forEach(l -> sb.append("---:|"));
    sb.append('\n');
    Set<String> classes = new LinkedHashSet<>();
    layers.forEach(l -> classes.addAll(l.byClass().keySet()));
    for (String c : classes) {
      Latencies.Summary first = layers.stream().map(l -> l.byClass().get(c)).filter(s -> s != null).findFirst().orElseThrow();
      sb.append("| ").append(c).append(" | ").append(first.count()).append(" |");
      layers.forEach(l -> sb.append(' ').append(cell(l.byClass().get(c))).append(" |"));
      sb.append('\n');
    }
    sb.append("| **all** | ").append(layers.get(0).overall().count()).append(" |");
    layers.forEach(l -> sb.append(" **").append(cell(l.overall())).append("** |"));
    sb.append("\n| mean | |");
    layers.forEach(l -> sb.append(' ').append(fmt(l.overall().mean())).append(" |"));
    sb.append("\n| mean CPU | |");
    layers.forEach(l -> sb.append(' ').append(fmt(l.cpuMsPerRequest())).append(" |"));
    sb.append("\n\nThroughput, requests/s (p50 / p99 ms while loaded):\n\n| layer | ");
    Set<Integer> threads = new LinkedHashSet<>();
    layers.forEach(l -> l.throughput().forEach(t -> threads.add(t.threads())));
    threads.forEach(t -> sb.append(t).append(t == 1 ? " thread | " : " threads | "));
    sb.append("errors | heap after warm-up |\n|---|");
    threads.forEach(t -> sb.append("---:|"));
    sb.append("---:|---:|\n");
    for (LayerFigures l : layers) {
      sb.append("| ").append(l.layer()).append(" | ");
      for (int t : threads) {
        LayerFigures.Throughput tp = l.throughput().stream().filter(x -> x.threads() == t).findFirst().orElse(null);
        sb.append(tp == null ? "–" : String.format(Locale.ROOT, "%,.0f (%s / %s)", tp.qps(), fmt(tp.p50()), fmt(tp.p99()))).append(" | ");
      }
      sb.append(l.errors()).append(" | ").append(l.heapAfterWarmupBytes() >> 20).append(" MiB |\n");
    }
    if (!agreement.isEmpty()) {
      sb.append("\nAnswers (hits equal / facets identical / same top ids / same top ids up to tied rows, of compared;"
          + " mean top-id overlap):\n\n");
      for (Agreement a : agreement) {
        sb.append(String.format(Locale.ROOT, "- %s vs %s: %d / %d / %d / %d of %d; %.1f %%%s%n", a.layer(), a.reference(),
            a.hitsEqual(), a.facetsEqual(), a.topIdsEqual(), a.topIdsUpToTies(), a.compared(), 100 * a.meanOverlap(),
            a.identical() ? " — identical" : ""));
        a.differences().forEach(d -> sb.append("    ").append(d).append('\n'));
      }
    }
    return sb.toString();
  }

  private static String cell(Latencies.Summary s) {
    return s == null ? "–" : fmt(s.p50()) + " / " + fmt(s.p95()) + " / " + fmt(s.p99());
  }

  private static String fmt(double ms) {
    return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
  }

  private static Latencies.Summary round(Latencies.Summary s) {
    return new Latencies.Summary(s.count(), r3(s.p50()), r3(s.p95()), r3(s.p99()), r3(s.mean()));
  }

  private static Map<String, Latencies.Summary> roundAll(Map<String, Latencies.Summary> m) {
    Map<String, Latencies.Summary> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }

  private static double r3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
