package org.fenjie.search;

import java.util.Locale;
import java.util.Map;

/**
 * How one engine instance runs, owned by it and not by statics: how many threads its search pool
 * has, from how many documents a search is split over them, whether filter-only counts are cached
 * and whether several-word searches count in one pass. The same settings object configures the
 * engine of a test, of {@code fenjie bench} and of {@code fenjie serve}.
 *
 * @param threads the pool's size (1: every search on its calling thread)
 * @param threadsFromDocs indexes smaller than this search on the calling thread only
 * @param countCache remember counts of filter-only requests (FilterCountCache)
 * @param onePass count and rank a search of several words in one pass (FacetedSearch)
 */
public record EngineSettings(int threads, int threadsFromDocs, boolean countCache, boolean onePass) {

  /** Below this many documents handing slices to another thread costs more than it saves. */
  public static final int THREADS_FROM_DOCS = 200_000;

  public EngineSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("an engine needs at least one search thread, not " + threads);
    }
    threadsFromDocs = Math.max(2, threadsFromDocs);
  }

  /** One thread per core, slicing from 200,000 documents, cache and one pass on. */
  public static EngineSettings defaults() {
    return new EngineSettings(Runtime.getRuntime().availableProcessors(), THREADS_FROM_DOCS, true, true);
  }

  /**
   * The defaults changed by the switches kept for measurements ({@code -Dfenjie.search.threads},
   * {@code .threadsFromDocs}, {@code .singleThreaded}, {@code .countCache}, {@code .onePass}); read
   * once by the command that builds an engine, never by the engine itself.
   */
  public static EngineSettings from(Map<?, ?> properties) {
    EngineSettings d = defaults();
    int threads = Boolean.parseBoolean(value(properties, "singleThreaded", "false"))
        ? 1 : Integer.parseInt(value(properties, "threads", Integer.toString(d.threads())));
    return new EngineSettings(
        threads,
        Integer.parseInt(value(properties, "threadsFromDocs", Integer.toString(d.threadsFromDocs()))),
        !"false".equals(value(properties, "countCache", "true").toLowerCase(Locale.ROOT)),
        !"false".equals(value(properties, "onePass", "true").toLowerCase(Locale.ROOT)));
  }

  public EngineSettings withThreadsFromDocs(int docs) {
    return new EngineSettings(threads, docs, countCache, onePass);
  }

  private static String value(Map<?, ?> properties, String name, String fallback) {
    Object v = properties.get("fenjie.search." + name);
    return v == null ? fallback : v.toString().strip();
  }
}
