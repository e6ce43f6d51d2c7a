package org.fenjie.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fenjie.model.TaskRow;

/**
 * The search engine as the HTTP layer and the CLI see it. Implementations are thread-safe and never
 * throw for odd query text: it is either answered or rejected with {@link BadQueryException}.
 */
public interface TaskSearch extends Closeable {

  SearchResult search(SearchRequest request) throws IOException;

  Optional<TaskRow> get(String id) throws IOException;

  /** Rows most like the given one, from other regions only. */
  List<SimilarTask> similar(String id, int count) throws IOException;

  List<Suggestion> suggest(String prefix, int count) throws IOException;

  /** Values of one dimension with drill-sideways counts under the request's query and other filters. */
  List<FacetValue> facetValues(String dimension, String prefix, SearchRequest request, int count)
      throws IOException;

  /** Every matching row (not just one page), in the request's sort order. */
  void export(SearchRequest request, Consumer<TaskRow> sink) throws IOException;

  /** Picks up a newly swapped-in index, if any; true when the view changed. */
  boolean refresh() throws IOException;

  /** Row count and build time of the index being served. */
  IndexStats stats() throws IOException;

  /** What /health reports about the index. */
  record IndexStats(long rows, String builtAt) {}
}
