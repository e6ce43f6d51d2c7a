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
import org.fenjie.model.TaskRow;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SimilarTask;

/**
 * Javalin's JSON mapper backed by Gson: hits and similar tasks are written as the row's fields
 * flat plus their score, nulls are kept (a leader's unknown unit is {@code "unit": null}), and a
 * score that is not a finite number becomes null instead of invalid JSON.
 */
public final class GsonMapper implements JsonMapper {

  private final Gson gson;

  public GsonMapper() {
    GsonBuilder builder = new GsonBuilder().serializeNulls().disableHtmlEscaping();
    // Serializers are built against a plain Gson so that they can turn a row into a tree.
    Gson rows = builder.create();
    this.gson =
        builder
            .registerTypeAdapter(
                SearchHit.class,
                (JsonSerializer<SearchHit>)
                    (hit, type, context) -> {
                      JsonObject o = flat(rows, hit.row(), hit.score());
                      o.add("highlight", rows.toJsonTree(hit.highlight()));
                      o.addProperty("match", hit.match());
                      return o;
                    })
            .registerTypeAdapter(
                SimilarTask.class,
                (JsonSerializer<SimilarTask>) (s, type, context) -> flat(rows, s.row(), s.score()))
            .create();
  }

  /** The row's own fields followed by "score". */
  static JsonObject flat(Gson rows, TaskRow row, float score) {
    JsonObject o = rows.toJsonTree(row).getAsJsonObject();
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
