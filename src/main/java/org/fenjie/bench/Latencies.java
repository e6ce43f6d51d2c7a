package org.fenjie.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their nearest-rank percentiles in milliseconds. */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  public void add(long n) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = n;
  }

  public void addAll(Latencies other) {
    for (int i = 0; i < other.count; i++) {
      add(other.nanos[i]);
    }
  }

  public int count() {
    return count;
  }

  /** Nearest-rank percentile ({@code p} in 0..100) in milliseconds; NaN without samples. */
  public double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
  }

  public double meanMs() {
    if (count == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += nanos[i];
    }
    return sum / count / 1e6;
  }

  /** p50, p95, p99 and mean, in milliseconds. */
  public Summary summary() {
    return new Summary(count, percentile(50), percentile(95), percentile(99), meanMs());
  }

  /** The figures the report prints for a set of samples. */
  public record Summary(int count, double p50, double p95, double p99, double mean) {}
}
