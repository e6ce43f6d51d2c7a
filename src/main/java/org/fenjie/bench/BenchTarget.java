package org.fenjie.bench;

import java.io.IOException;

/** One layer being measured: answers a benchmark request; must be safe to call from several threads. */
public interface BenchTarget {

  /** Short name for the report, e.g. "fenjie" or "lucene". */
  String name();

  Answer search(BenchQuery query) throws IOException;
}
