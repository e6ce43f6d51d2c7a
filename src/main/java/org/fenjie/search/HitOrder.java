package org.fenjie.search;

import org.apache.lucene.search.Sort;
import org.fenjie.index.Schema;

/** The order a request's hits come in, as the index sorts them; decided once per request. */
enum HitOrder {
  // The ordinals are the cursor's order byte: 0 and 1 as cursors wrote them before DEADLINE.
  DOCUMENT(Schema.DOCUMENT_ORDER),
  SCORE(Schema.RELEVANCE_ORDER),
  DEADLINE(Schema.DEADLINE_ORDER);

  final Sort sort;

  HitOrder(Sort sort) {
    this.sort = sort;
  }

  /**
   * Relevance needs scores only when there are words: without them every score ties and the
   * order is document order anyway, which is much cheaper over hundreds of thousands of hits.
   */
  static HitOrder of(SearchRequest request, boolean hasWords) {
    return switch (request.sort()) {
      case DEADLINE -> DEADLINE;
      case DOCUMENT -> DOCUMENT;
      case RELEVANCE -> hasWords ? SCORE : DOCUMENT;
    };
  }

  boolean byScore() {
    return this == SCORE;
  }
}
