package org.fenjie.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import org.fenjie.model.RowJson;
import org.fenjie.model.TaskRow;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SimilarTask;

/**
 * Javalin's JSON mapper backed by Gson: a row is written in its one contract form ({@link RowJson}),
 * hits and similar tasks as the row's fields flat plus their score, nulls are kept (a leader's unknown unit is {@code "unit": null}), and a
 * score that is not a finite number becomes null instead of invalid JSON.
 */
public final class GsonMapper implements JsonMapper {

  private final Gson gson;

  public GsonMapper() {
    this.gson =
        new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(TaskRow.class, RowJson.adapter())
            .registerTypeAdapter(
                SearchHit.class,
                (JsonSerializer<SearchHit>)
                    (hit, type, context) -> {
                      JsonObject o = flat(hit.row(), hit.score());
                      o.add("highlight", context.serialize(hit.highlight()));
                      o.addProperty("match", hit.match());
                      return o;
                    })
            .registerTypeAdapter(
                SimilarTask.class,
                (JsonSerializer<SimilarTask>) (s, type, context) -> flat(s.row(), s.score()))
            .create();
  }

  /** The row's own fields followed by "score". */
  static JsonObject flat(TaskRow row, float score) {
    JsonObject o = RowJson.tree(row).getAsJsonObject();
    o.add("score", Float.isFinite(score) ? new JsonPrimitive(score) : JsonNull.INSTANCE);
    return o;
  }

  /** A tree of any value, for responses that add fields to a row. */
  public JsonElement toTree(Object value) {
    return gson.toJsonTree(value);
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    return gson.toJson(obj, type);
  }

  @Override
  public <T> T fromJsonString(String json, Type targetType) {
    return gson.fromJson(json, targetType);
  }
}
