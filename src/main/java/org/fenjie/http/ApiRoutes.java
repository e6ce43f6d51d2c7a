package org.fenjie.http;

import com.google.gson.JsonObject;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fenjie.model.TaskRow;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.Suggestion;
import org.fenjie.search.TaskSearch;

/** The read-only JSON API: search, one task with similar tasks, suggest, one facet's values, health. */
final class ApiRoutes {

  static final int SIMILAR_COUNT = 5;
  static final int DEFAULT_SUGGESTIONS = 10;
  static final int MAX_SUGGESTIONS = 50;
  static final int DEFAULT_FACET_VALUES = 100;
  static final int MAX_FACET_VALUES = org.fenjie.search.SearchLimits.MAX_FACET_VALUES;
  /** Row ids are URL-safe ASCII; anything else cannot name a row, so the engine is not asked. */
  private static final Pattern ROW_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

  private final TaskSearch search;
  private final SearchParameters params;
  private final GsonMapper json;

  ApiRoutes(TaskSearch search, SearchParameters params, GsonMapper json) {
    this.search = search;
    this.params = params;
    this.json = json;
  }

  void search(Context ctx) throws IOException {
    SearchRequest request = params.page(QueryParameters.parse(ctx.queryString()));
    ctx.json(search.search(request));
  }

  void task(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    TaskRow row =
        ROW_ID.matcher(id).matches()
            ? search.get(id).orElse(null)
            : null;
    if (row == null) {
      throw ClientError.notFound("找不到任务 '" + SearchParameters.shorten(id) + "'");
    }
    JsonObject body = json.toTree(row).getAsJsonObject();
    body.add("similar", json.toTree(search.similar(id, SIMILAR_COUNT)));
    ctx.json(body);
  }

  void suggest(Context ctx) throws IOException {
    QueryParameters p = QueryParameters.parse(ctx.queryString());
    String q = params.text(p, "q");
    int size = SearchParameters.number(p, "size", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS);
    List<Suggestion> items = q.isBlank() ? List.of() : search.suggest(q, size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("items", items);
    ctx.json(body);
  }

  void facet(Context ctx) throws IOException {
    String dim = ctx.pathParam("dim");
    if (!SearchRequest.DIMENSIONS.contains(dim)) {
      throw ClientError.badRequest(
          "未知的筛选项 '" + SearchParameters.shorten(dim) + "'；可用：" + String.join(", ", SearchRequest.DIMENSIONS));
    }
    QueryParameters p = QueryParameters.parse(ctx.queryString());
    String prefix = params.text(p, "prefix");
    int size = SearchParameters.number(p, "size", DEFAULT_FACET_VALUES, 1, MAX_FACET_VALUES);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dimension", dim);
    body.put("prefix", prefix);
    body.put("values", search.facetValues(dim, prefix, params.all(p), size));
    ctx.json(body);
  }

  void health(Context ctx) throws IOException {
    TaskSearch.IndexStats stats = search.stats();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("rows", stats.rows());
    body.put("builtAt", stats.builtAt());
    ctx.json(body);
  }
}
