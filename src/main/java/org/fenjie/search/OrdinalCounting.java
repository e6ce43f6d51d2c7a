package org.fenjie.search;

import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the facet values of every hit straight from {@link FacetOrdinals} while the query runs
 * (no recorded doc set, no second pass), and the hits themselves. One counter per slice; the
 * reduce step adds them up.
 */
final class OrdinalCounting implements CollectorManager<OrdinalCounting.Counter, OrdinalCounting.Counts> {

  private final FacetOrdinals ordinals;

  OrdinalCounting(FacetOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  /** Hits and per-ordinal counts. */
  record Counts(long hits, int[] counts) {}

  @Override
  public Counter newCollector() {
    return new Counter(ordinals);
  }

  @Override
  public Counts reduce(Collection<Counter> collectors) {
    int[] sum = null;
    long hits = 0;
    for (Counter c : collectors) {
      hits += c.hits;
      if (sum == null) {
        sum = c.counts;
      } else {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += c.counts[i];
        }
      }
    }
    return new Counts(hits, sum == null ? new int[ordinals.size()] : sum);
  }

  /** Counts one slice's hits, in batches (see {@link FacetOrdinals#countDocs}). */
  static final class Counter implements Collector {
    private static final int BATCH = 256;
    private final FacetOrdinals ordinals;
    private final int[] counts;
    private final int[] batch = new int[BATCH];
    private final int[] scratch = new int[3 * BATCH];
    private int pending;
    private long hits;

    Counter(FacetOrdinals ordinals) {
      this.ordinals = ordinals;
      this.counts = new int[ordinals.size()];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          hits++;
          batch[pending++] = base + doc;
          if (pending == BATCH) {
            flush();
          }
        }

        @Override
        public void finish() {
          flush();
        }
      };
    }

    private void flush() {
      ordinals.countDocs(batch, pending, scratch, counts);
      pending = 0;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
