package org.fenjie.http;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fenjie.model.TaskRow;
import org.fenjie.search.FacetValue;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchResult;
import org.fenjie.search.SimilarTask;
import org.fenjie.search.Suggestion;
import org.fenjie.search.TaskSearch;

/** A search engine whose every call throws the given exception: the only way to reach the 500 path on purpose. */
final class FailingTaskSearch implements TaskSearch {

  private final RuntimeException failure;

  FailingTaskSearch(RuntimeException failure) {
    this.failure = failure;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    throw failure;
  }

  @Override
  public Optional<TaskRow> get(String id) {
    throw failure;
  }

  @Override
  public List<SimilarTask> similar(String id, int count) {
    throw failure;
  }

  @Override
  public List<Suggestion> suggest(String prefix, int count) {
    throw failure;
  }

  @Override
  public List<FacetValue> facetValues(String dimension, String prefix, SearchRequest request, int count) {
    throw failure;
  }

  @Override
  public void export(SearchRequest request, Consumer<TaskRow> sink) {
    throw failure;
  }

  @Override
  public boolean refresh() {
    throw failure;
  }

  @Override
  public IndexStats stats() {
    throw failure;
  }

  @Override
  public void close() {}
}
