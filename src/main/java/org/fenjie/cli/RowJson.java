package org.fenjie.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;

/** One task row as a JSON object with the keys in the contract order of docs/rows.md; nulls are written as null. */
final class RowJson {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private RowJson() {}

  static String line(TaskRow r) {
    return GSON.toJson(object(r));
  }

  static JsonObject object(TaskRow r) {
    JsonObject o = new JsonObject();
    o.addProperty("id", r.id());
    o.addProperty("region", r.region());
    o.addProperty("year", r.year());
    o.addProperty("kind", r.kind());
    o.addProperty("docNo", r.docNo());
    o.addProperty("docTitle", r.docTitle());
    o.addProperty("docDate", r.docDate());
    o.addProperty("source", r.source());
    o.add("section", strings(r.section()));
    o.addProperty("seq", r.seq());
    o.addProperty("task", r.task());
    o.add("leadUnits", strings(r.leadUnits()));
    o.add("supportUnits", strings(r.supportUnits()));
    JsonArray leaders = new JsonArray();
    for (Leader l : r.leaders()) {
      JsonObject lo = new JsonObject();
      lo.addProperty("name", l.name());
      lo.addProperty("unit", l.unit());
      leaders.add(lo);
    }
    o.add("leaders", leaders);
    o.add("overseers", strings(r.overseers()));
    return o;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }
}
