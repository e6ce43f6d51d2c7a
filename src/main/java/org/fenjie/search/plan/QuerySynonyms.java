package org.fenjie.search.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed synonym list (resource {@code /synonyms.tsv}): for a whole unquoted query word, the
 * word itself followed by the other words that mean the same in these documents (芯片 → 集成电路,
 * 半导体). Lookup ignores Latin case. A quoted phrase is taken literally and never expanded.
 */
public final class QuerySynonyms {

  public static final String RESOURCE = "/synonyms.tsv";

  private final Map<String, List<String>> alternatives;

  private QuerySynonyms(Map<String, List<String>> alternatives) {
    this.alternatives = Map.copyOf(alternatives);
  }

  public static QuerySynonyms none() {
    return new QuerySynonyms(Map.of());
  }

  /** The list shipped in the jar; a malformed line fails loudly, naming it. */
  public static QuerySynonyms load() {
    return load(RESOURCE);
  }

  /** A list in the same format from another resource (the related terms). */
  public static QuerySynonyms load(String resource) {
    return ReviewedList.load(resource, QuerySynonyms::read);
  }

  public static QuerySynonyms read(Reader reader, String name) throws IOException {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(reader);
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      String entry = line.split("\t", 2)[0].strip();
      if (entry.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] sides = entry.split(">", -1);
      List<String> from = words(sides[0]);
      List<String> to = sides.length == 2 ? words(sides[1]) : from;
      if (sides.length > 2 || from.isEmpty() || to.isEmpty() || (sides.length == 1 && from.size() < 2)) {
        throw new IllegalArgumentException(name + ":" + n + ": expected 'a b c' or 'a > b c', not '" + entry + "'");
      }
      for (String word : from) {
        Set<String> alts = map.computeIfAbsent(key(word), k -> new LinkedHashSet<>());
        to.stream().filter(t -> !key(t).equals(key(word))).forEach(alts::add);
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return new QuerySynonyms(out);
  }

  /** The clause's own text first, then its synonyms; only the text itself when quoted or unlisted. */
  public List<String> forms(QueryText.Clause clause) {
    List<String> out = new ArrayList<>();
    out.add(clause.text());
    if (!clause.quoted()) {
      out.addAll(alternatives.getOrDefault(key(clause.text()), List.of()));
    }
    return out;
  }

  private static List<String> words(String side) {
    List<String> out = new ArrayList<>();
    for (String w : side.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String key(String word) {
    return word.strip().toLowerCase(Locale.ROOT);
  }
}
