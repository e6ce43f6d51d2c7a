package org.fenjie.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.search.SearchRequest;

/**
 * Reads a query file in either of two forms, told apart by the first character of the first
 * request line: one request per line in the API's parameter form ({@code q=海外仓&unit=商务局},
 * percent-encoding optional; {@code # class: NAME} sets the class of the lines that follow, other
 * {@code #} lines are comments), or the peers harness's queries.jsonl ({@code {"id","kind",
 * "terms","filters","rows","facets","highlight"}}). A line that is neither fails with its number.
 */
public final class QueryFile {

  /** Facet values asked for per dimension by a parameter-form request, as the page asks. */
  public static final int FACET_VALUES = 20;

  private static final String CLASS_MARK = "# class:";

  private QueryFile() {}

  /** The default mix shipped in the jar (src/main/resources/bench/default-queries.txt). */
  public static final String DEFAULT = "/bench/default-queries.txt";

  public static List<BenchQuery> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  public static List<BenchQuery> readDefault() throws IOException {
    try (var in = QueryFile.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IOException("the default query mix " + DEFAULT + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), DEFAULT);
    }
  }

  static List<BenchQuery> parse(List<String> lines, String file) {
    List<BenchQuery> out = new ArrayList<>();
    String kind = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith(CLASS_MARK)) {
        kind = line.substring(CLASS_MARK.length()).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String id = "q" + (out.size() + 1);
      out.add(line.startsWith("{") ? fromJson(line, where) : fromParameters(line, id, kind, where));
    }
    return out;
  }

  /** One request in the API's parameter form; {@code kind} null means: classify it by its shape. */
  static BenchQuery fromParameters(String line, String id, String kind, String where) {
    String q = "";
    int size = 10;
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String pair : line.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      switch (key) {
        case "q" -> q = value;
        case "size" -> size = number(value, where);
        case "page", "sort" -> { } // the benchmark always asks for page 1 by relevance
        default -> {
          if (!SearchRequest.DIMENSIONS.contains(key)) {
            throw new IllegalArgumentException(where + ": unknown parameter '" + key + "'");
          }
          filters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
      }
    }
    List<String> terms = words(q);
    Map<String, Integer> facets = new LinkedHashMap<>();
    SearchRequest.DIMENSIONS.forEach(d -> facets.put(d, FACET_VALUES));
    return new BenchQuery(id, kind != null ? kind : classify(q, terms, filters), q, terms, filters, size, facets);
  }

  static BenchQuery fromJson(String line, String where) {
    try {
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      List<String> terms = new ArrayList<>();
      o.getAsJsonArray("terms").forEach(t -> terms.add(t.getAsString()));
      Map<String, List<String>> filters = new LinkedHashMap<>();
      if (o.has("filters")) {
        for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("filters").entrySet()) {
          List<String> values = new ArrayList<>();
          e.getValue().getAsJsonArray().forEach(v -> values.add(v.getAsString()));
          filters.put(e.getKey(), values);
        }
      }
      Map<String, Integer> facets = new LinkedHashMap<>();
      if (o.has("facets")) {
        o.getAsJsonObject("facets").entrySet().forEach(e -> facets.put(e.getKey(), e.getValue().getAsInt()));
      }
      // Each term is a phrase: quoted, so a term holding a space or a leading '-' stays one phrase.
      String q = String.join(" ", terms.stream().map(t -> "\"" + t.replace("\"", "") + "\"").toList());
      int rows = o.has("rows") ? o.get("rows").getAsInt() : 10;
      return new BenchQuery(o.get("id").getAsString(), o.get("kind").getAsString(), q, terms, filters, rows, facets);
    } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException e) {
      throw new IllegalArgumentException(where + ": not a query of the peers harness: " + e.getMessage());
    }
  }

  /** The class of a request without a {@code # class:} line, from its shape. */
  static String classify(String q, List<String> terms, Map<String, List<String>> filters) {
    String text = q.contains("\"") || q.contains("“") ? "phrase" : terms.size() > 1 ? "and" : "keyword";
    if (terms.isEmpty()) {
      return filters.isEmpty() ? "match-all" : "filters-only";
    }
    return filters.isEmpty() ? text : text + "+filter";
  }

  /** The words and phrases of {@code q}, quotes removed and exclusions dropped, for the bare Lucene loop. */
  static List<String> words(String q) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\"“”]([^\"“”]+)[\"“”]|(\\S+)").matcher(q);
    while (m.find()) {
      String w = m.group(1) != null ? m.group(1).strip() : m.group(2);
      if (!w.isEmpty() && !w.startsWith("-")) {
        out.add(w);
      }
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static int number(String value, String where) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": size must be a number, not '" + value + "'");
    }
  }
}
