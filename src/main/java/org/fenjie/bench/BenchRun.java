package org.fenjie.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a query mix against one layer: a first pass whose answers are kept, warm-up passes,
 * measured single-thread passes (each request timed alone, wall and thread CPU time — the CPU
 * time is what a busy shared machine distorts least), then for each thread count a fixed
 * time of threads looping over the mix from different offsets. A request that fails is counted
 * as an error and the run goes on.
 */
public final class BenchRun {

  private final List<BenchQuery> queries;
  private final int warmupPasses;
  private final int passes;
  private final List<Integer> threadCounts;
  private final double seconds;
  private final Consumer<String> log;

  public BenchRun(
      List<BenchQuery> queries, int warmupPasses, int passes, List<Integer> threadCounts, double seconds, Consumer<String> log) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("no queries to run");
    }
    this.queries = List.copyOf(queries);
    this.warmupPasses = warmupPasses;
    this.passes = Math.max(1, passes);
    this.threadCounts = List.copyOf(threadCounts);
    this.seconds = seconds;
    this.log = log;
  }

  public LayerFigures measure(BenchTarget target) {
    AtomicInteger errors = new AtomicInteger();
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (BenchQuery q : queries) {
      Answer a = run(target, q, errors);
      if (a != null) {
        answers.put(q.id(), a);
      }
    }
    for (int p = 0; p < warmupPasses; p++) {
      queries.forEach(q -> run(target, q, errors));
    }
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    Latencies all = new Latencies();
    Map<String, Latencies> byClass = new LinkedHashMap<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuNanos = 0;
    for (int p = 0; p < passes; p++) {
      for (BenchQuery q : queries) {
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        run(target, q, errors);
        long took = System.nanoTime() - start;
        cpuNanos += cpu.getCurrentThreadCpuTime() - cpuStart;
        all.add(took);
        byClass.computeIfAbsent(q.kind(), k -> new Latencies()).add(took);
      }
    }
    Latencies.Summary overall = all.summary();
    double cpuMs = cpuNanos / 1e6 / all.count();
    log.accept(String.format("%s: %d requests, p50 %.2f ms, p99 %.2f ms, mean CPU %.2f ms per request",
        target.name(), all.count(), overall.p50(), overall.p99(), cpuMs));
    Map<String, Latencies.Summary> classes = new LinkedHashMap<>();
    byClass.forEach((k, v) -> classes.put(k, v.summary()));
    List<LayerFigures.Throughput> throughput = new ArrayList<>();
    for (int t : threadCounts) {
      LayerFigures.Throughput tp = throughput(target, t, errors);
      log.accept(String.format("%s: %d threads, %.1f requests/s", target.name(), t, tp.qps()));
      throughput.add(tp);
    }
    return new LayerFigures(target.name(), overall, cpuMs, classes, throughput, answers, errors.get(), heap);
  }

  private LayerFigures.Throughput throughput(BenchTarget target, int threads, AtomicInteger errors) {
    AtomicBoolean stop = new AtomicBoolean();
    List<Latencies> perThread = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Latencies mine = new Latencies();
      perThread.add(mine);
      int offset = t * queries.size() / threads;
      workers.add(
          new Thread(
              () -> {
                for (int i = offset; !stop.get(); i++) {
                  long start = System.nanoTime();
                  run(target, queries.get(i % queries.size()), errors);
                  mine.add(System.nanoTime() - start);
                }
              },
              "bench-" + t));
    }
    long start = System.nanoTime();
    workers.forEach(Thread::start);
    sleep(seconds);
    stop.set(true);
    for (Thread w : workers) {
      join(w);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Latencies all = new Latencies();
    perThread.forEach(all::addAll);
    return new LayerFigures.Throughput(
        threads, elapsed, all.count(), all.count() / elapsed, all.percentile(50), all.percentile(99));
  }

  private static Answer run(BenchTarget target, BenchQuery q, AtomicInteger errors) {
    try {
      return target.search(q);
    } catch (IOException | RuntimeException e) {
      errors.incrementAndGet();
      return null;
    }
  }

  private static void sleep(double seconds) {
    try {
      Thread.sleep((long) (seconds * 1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
