package org.fenjie.bench;

import java.util.List;
import java.util.Map;

/**
 * What the benchmark measured for one layer: single-thread latency overall and per query class
 * (and the mean thread CPU time per request),
 * throughput per thread count, the answers of the first pass (keyed by query id) and the heap in
 * use after warm-up.
 */
public record LayerFigures(
    String layer,
    Latencies.Summary overall,
    double cpuMsPerRequest,
    Map<String, Latencies.Summary> byClass,
    List<Throughput> throughput,
    Map<String, Answer> answers,
    int errors,
    long heapAfterWarmupBytes) {

  /** Queries per second with {@code threads} threads looping over the mix, and their latency meanwhile. */
  public record Throughput(int threads, double seconds, long queries, double qps, double p50, double p99) {}
}
