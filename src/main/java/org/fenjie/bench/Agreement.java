package org.fenjie.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fenjie.search.FacetValue;

/**
 * How far two sets of answers to the same queries agree: equal total hits, identical facet values
 * and counts (for the dimensions the reference gives), the same set of top ids — or sets that
 * differ only in which of the rows tied in score at the cut made it (engines break ties
 * differently: fenjie by document order, Solr by internal id) — and the mean overlap of the top
 * ids (as the peers harness reports it), with the first differences spelled out.
 */
public record Agreement(
    String layer, String reference, int compared, int hitsEqual, int facetsEqual, int topIdsEqual, int topIdsUpToTies,
    double meanOverlap, List<String> differences) {

  /** Tells whether two top-id lists of one query differ only among rows tied at the cut. */
  public interface TieJudge {
    boolean onlyTiesDiffer(String queryId, List<String> mine, List<String> theirs) throws IOException;
  }

  private static final int SHOWN = 8;

  public boolean identical() {
    return compared > 0 && hitsEqual == compared && facetsEqual == compared && topIdsEqual == compared;
  }

  public static Agreement compare(String layer, Map<String, Answer> mine, String reference, Map<String, Answer> theirs) {
    try {
      return compare(layer, mine, reference, theirs, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen without a judge
    }
  }

  /** {@code ties}: may be null (then only identical top-id sets count as agreeing up to ties). */
  public static Agreement compare(
      String layer, Map<String, Answer> mine, String reference, Map<String, Answer> theirs, TieJudge ties)
      throws IOException {
    int compared = 0, hits = 0, facets = 0, top = 0, upToTies = 0;
    double overlap = 0;
    List<String> diffs = new ArrayList<>();
    for (Map.Entry<String, Answer> e : theirs.entrySet()) {
      Answer a = mine.get(e.getKey());
      if (a == null) {
        continue;
      }
      Answer b = e.getValue();
      compared++;
      boolean sameHits = a.total() == b.total();
      hits += sameHits ? 1 : 0;
      String facetDiff = facetDifference(a, b);
      facets += facetDiff == null ? 1 : 0;
      Set<String> ids = new HashSet<>(a.ids());
      long common = b.ids().stream().filter(ids::contains).count();
      int denominator = Math.max(a.ids().size(), b.ids().size());
      overlap += denominator == 0 ? 1.0 : common / (double) denominator;
      boolean sameTop = ids.equals(new HashSet<>(b.ids()));
      boolean tied = sameTop || (ties != null && sameHits && ties.onlyTiesDiffer(e.getKey(), a.ids(), b.ids()));
      top += sameTop ? 1 : 0;
      upToTies += tied ? 1 : 0;
      if (diffs.size() < SHOWN && !(sameHits && facetDiff == null && tied)) {
        diffs.add(e.getKey() + ": " + (sameHits ? "" : "hits " + a.total() + " vs " + b.total() + "; ")
            + (facetDiff == null ? "" : facetDiff + "; ") + (tied ? "" : "top ids share " + common + " of " + denominator));
      }
    }
    return new Agreement(layer, reference, compared, hits, facets, top, upToTies, compared == 0 ? 0 : overlap / compared, diffs);
  }

  /**
   * Null when every dimension of {@code b} has the same values and counts in {@code a}. Values
   * counted 0 are left out on both sides: fenjie lists a selected value even when nothing is left
   * under it (so the user can clear it), an engine with mincount 1 does not.
   */
  private static String facetDifference(Answer a, Answer b) {
    for (Map.Entry<String, List<FacetValue>> e : b.facets().entrySet()) {
      List<FacetValue> mine = counted(a.facets().getOrDefault(e.getKey(), List.of()));
      List<FacetValue> theirs = counted(e.getValue());
      if (!mine.equals(theirs)) {
        return e.getKey() + " " + firstDifference(mine, theirs);
      }
    }
    return null;
  }

  private static List<FacetValue> counted(List<FacetValue> values) {
    return values.stream().filter(v -> v.count() > 0).toList();
  }

  private static String firstDifference(List<FacetValue> a, List<FacetValue> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      FacetValue x = i < a.size() ? a.get(i) : null;
      FacetValue y = i < b.size() ? b.get(i) : null;
      if (!Objects.equals(x, y)) {
        return "#" + (i + 1) + " " + show(x) + " vs " + show(y);
      }
    }
    return "";
  }

  private static String show(FacetValue v) {
    return v == null ? "-" : v.value() + "=" + v.count();
  }

  /**
   * The answers file the peers harness writes ({@code data/results/N/<engine>-runK.answers.jsonl}):
   * one JSON object per line with id, totalHits, ids and facets as [label, count] pairs.
   */
  public static Map<String, Answer> readPeersAnswers(Path file) throws IOException {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      List<String> ids = new ArrayList<>();
      o.getAsJsonArray("ids").forEach(i -> ids.add(i.getAsString()));
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> f : o.getAsJsonObject("facets").entrySet()) {
        List<FacetValue> values = new ArrayList<>();
        for (JsonElement pair : f.getValue().getAsJsonArray()) {
          JsonArray p = pair.getAsJsonArray();
          values.add(new FacetValue(p.get(0).getAsString(), p.get(1).getAsInt()));
        }
        facets.put(f.getKey(), values);
      }
      out.put(o.get("id").getAsString(), new Answer(o.get("totalHits").getAsLong(), ids, facets));
    }
    return out;
  }
}
