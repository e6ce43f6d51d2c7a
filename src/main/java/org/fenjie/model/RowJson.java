package org.fenjie.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON form of a task row (docs/rows.md): what {@code fenjie parse} prints, the index stores, the
 * API returns and a rows file holds. Keys are written in the contract order; the keys of the first
 * contract are always written ({@code null} when unknown), list and map keys always (empty when none),
 * and {@code deadline}, {@code deadlineDate} and {@code page} only when they have a value. Reading
 * takes a missing key as null or empty and skips keys it does not know, so rows stored before a key
 * was added still read.
 */
public final class RowJson extends TypeAdapter<TaskRow> {

  private static final RowJson INSTANCE = new RowJson();

  private RowJson() {}

  /** The adapter, for a Gson that writes rows inside larger objects (the API). */
  public static TypeAdapter<TaskRow> adapter() {
    return INSTANCE;
  }

  /** The row as one line of JSON. */
  public static String write(TaskRow row) {
    StringWriter s = new StringWriter();
    try {
      INSTANCE.write(new JsonWriter(s), row);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  /** The row as a tree, for responses that add keys after the row's own. */
  public static JsonElement tree(TaskRow row) {
    return INSTANCE.toJsonTree(row);
  }

  /** Reads a row; malformed JSON or a row without a year is an {@link IllegalArgumentException}. */
  public static TaskRow read(String json) {
    try {
      JsonReader in = new JsonReader(new StringReader(json));
      TaskRow row = INSTANCE.read(in);
      if (row == null || in.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalArgumentException(row == null ? "null, not a row" : "more after the row's object");
      }
      return row;
    } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Reads a row already parsed to a tree. */
  public static TaskRow read(JsonElement json) {
    try {
      return INSTANCE.fromJsonTree(json);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public void write(JsonWriter out, TaskRow r) throws IOException {
    if (r == null) {
      out.nullValue();
      return;
    }
    boolean nulls = out.getSerializeNulls();
    out.setSerializeNulls(true); // "docNo": null says the document printed none
    out.beginObject();
    out.name("id").value(r.id());
    out.name("region").value(r.region());
    out.name("year").value(r.year());
    out.name("kind").value(r.kind());
    out.name("docNo").value(r.docNo());
    out.name("docTitle").value(r.docTitle());
    out.name("docDate").value(r.docDate());
    out.name("source").value(r.source());
    strings(out.name("section"), r.section());
    out.name("seq").value(r.seq());
    out.name("task").value(r.task());
    strings(out.name("leadUnits"), r.leadUnits());
    strings(out.name("supportUnits"), r.supportUnits());
    out.name("leaders").beginArray();
    for (Leader l : r.leaders()) {
      out.beginObject().name("name").value(l.name()).name("unit").value(l.unit()).endObject();
    }
    out.endArray();
    strings(out.name("overseers"), r.overseers());
    if (r.deadline() != null) {
      out.name("deadline").value(r.deadline());
    }
    if (r.deadlineDate() != null) {
      out.name("deadlineDate").value(r.deadlineDate());
    }
    if (r.page() != null) {
      out.name("page").value(r.page());
    }
    out.name("extra").beginObject();
    for (Map.Entry<String, String> e : r.extra().entrySet()) {
      out.name(e.getKey()).value(e.getValue());
    }
    out.endObject();
    out.endObject();
    out.setSerializeNulls(nulls);
  }

  private static void strings(JsonWriter out, List<String> values) throws IOException {
    out.beginArray();
    for (String v : values) {
      out.value(v);
    }
    out.endArray();
  }

  @Override
  public TaskRow read(JsonReader in) throws IOException {
    if (wasNull(in)) {
      return null;
    }
    String id = null, region = null, kind = null, docNo = null, docTitle = null, docDate = null, source = null;
    String seq = null, task = null, deadline = null, deadlineDate = null;
    Integer year = null, page = null;
    List<String> section = List.of(), leadUnits = List.of(), supportUnits = List.of(), overseers = List.of();
    List<Leader> leaders = List.of();
    Map<String, String> extra = Map.of();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "id" -> id = string(in);
        case "region" -> region = string(in);
        case "year" -> year = integer(in);
        case "kind" -> kind = string(in);
        case "docNo" -> docNo = string(in);
        case "docTitle" -> docTitle = string(in);
        case "docDate" -> docDate = string(in);
        case "source" -> source = string(in);
        case "section" -> section = strings(in);
        case "seq" -> seq = string(in);
        case "task" -> task = string(in);
        case "leadUnits" -> leadUnits = strings(in);
        case "supportUnits" -> supportUnits = strings(in);
        case "leaders" -> leaders = leaders(in);
        case "overseers" -> overseers = strings(in);
        case "deadline" -> deadline = string(in);
        case "deadlineDate" -> deadlineDate = string(in);
        case "page" -> page = integer(in);
        case "extra" -> extra = map(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (year == null) {
      throw new JsonParseException("no year");
    }
    return new TaskRow(id, region, year, kind, docNo, docTitle, docDate, source, section, seq, task, leadUnits,
        supportUnits, leaders, overseers, deadline, deadlineDate, extra, page);
  }

  private static String string(JsonReader in) throws IOException {
    return wasNull(in) ? null : in.nextString();
  }

  private static Integer integer(JsonReader in) throws IOException {
    return wasNull(in) ? null : in.nextInt();
  }

  private static List<String> strings(JsonReader in) throws IOException {
    List<String> out = new ArrayList<>();
    if (wasNull(in)) {
      return out;
    }
    in.beginArray();
    while (in.hasNext()) {
      String s = string(in);
      if (s != null) {
        out.add(s);
      }
    }
    in.endArray();
    return out;
  }

  private static List<Leader> leaders(JsonReader in) throws IOException {
    List<Leader> out = new ArrayList<>();
    if (wasNull(in)) {
      return out;
    }
    in.beginArray();
    while (in.hasNext()) {
      String name = null, unit = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "name" -> name = string(in);
          case "unit" -> unit = string(in);
          default -> in.skipValue();
        }
      }
      in.endObject();
      out.add(new Leader(name, unit));
    }
    in.endArray();
    return out;
  }

  private static Map<String, String> map(JsonReader in) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (wasNull(in)) {
      return out;
    }
    in.beginObject();
    while (in.hasNext()) {
      String key = in.nextName();
      String value = string(in);
      out.put(key, value == null ? "" : value);
    }
    in.endObject();
    return out;
  }

  /** Consumes a JSON null if one is next. */
  private static boolean wasNull(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.NULL) {
      return false;
    }
    in.nextNull();
    return true;
  }
}
