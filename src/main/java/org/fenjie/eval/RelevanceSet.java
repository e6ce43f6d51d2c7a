package org.fenjie.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A judged query set read from two tab-separated UTF-8 files (format in docs/eval.md):
 * {@code queries.tsv} (id, type, query, note) and {@code judgments.tsv} (query id, row id, grade,
 * and optionally an excerpt: the start of the row's task text when it was judged, so a row id that
 * comes to point at other text is noticed). Lines starting with # and blank lines are ignored. A malformed line, a duplicate query or
 * judgment, a grade outside 0..2 or a judgment for an unknown query is an error naming file and line.
 */
public record RelevanceSet(String name, List<JudgedQuery> queries, Map<String, String> excerpts) {

  public static final String QUERIES = "queries.tsv";
  public static final String JUDGMENTS = "judgments.tsv";
  private static final String RESOURCE_DIR = "/eval/";

  public RelevanceSet {
    queries = List.copyOf(queries);
    excerpts = Map.copyOf(excerpts);
  }

  /** The set shipped in the jar (src/main/resources/eval). */
  public static RelevanceSet bundled() {
    try (Reader q = resource(QUERIES);
        Reader j = resource(JUDGMENTS)) {
      return read("bundled set", q, QUERIES, j, JUDGMENTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A directory holding queries.tsv and judgments.tsv, or a queries file with judgments.tsv beside it. */
  public static RelevanceSet load(Path dirOrQueries) throws IOException {
    Path queries = Files.isDirectory(dirOrQueries) ? dirOrQueries.resolve(QUERIES) : dirOrQueries;
    Path parent = queries.toAbsolutePath().getParent();
    Path judgments = parent.resolve(JUDGMENTS);
    try (Reader q = Files.newBufferedReader(queries, StandardCharsets.UTF_8);
        Reader j = Files.newBufferedReader(judgments, StandardCharsets.UTF_8)) {
      return read(queries.toString(), q, queries.toString(), j, judgments.toString());
    }
  }

  static RelevanceSet read(String name, Reader queries, String queriesName, Reader judgments, String judgmentsName)
      throws IOException {
    Map<String, String[]> heads = new LinkedHashMap<>();
    for (Line l : lines(queries, queriesName)) {
      if (l.cells.length < 3 || l.cells[0].isBlank() || l.cells[2].isBlank()) {
        throw l.error("expected: id TAB type TAB query [TAB note]");
      }
      if (heads.put(l.cells[0], l.cells) != null) {
        throw l.error("query " + l.cells[0] + " appears twice");
      }
    }
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    heads.keySet().forEach(id -> grades.put(id, new LinkedHashMap<>()));
    Map<String, String> excerpts = new LinkedHashMap<>();
    for (Line l : lines(judgments, judgmentsName)) {
      if (l.cells.length < 3) {
        throw l.error("expected: query id TAB row id TAB grade");
      }
      Map<String, Integer> forQuery = grades.get(l.cells[0]);
      if (forQuery == null) {
        throw l.error("no query " + l.cells[0] + " in " + queriesName);
      }
      if (forQuery.put(l.cells[1], grade(l)) != null) {
        throw l.error("row " + l.cells[1] + " judged twice for " + l.cells[0]);
      }
      if (l.cells.length > 3 && !l.cells[3].isBlank()) {
        excerpts.put(l.cells[1], l.cells[3].strip());
      }
    }
    List<JudgedQuery> out = new ArrayList<>();
    heads.forEach(
        (id, c) -> out.add(new JudgedQuery(id, c[1].strip(), c[2].strip(), c.length > 3 ? c[3].strip() : "", grades.get(id))));
    return new RelevanceSet(name, out, excerpts);
  }

  /**
   * The two halves of the set: tune on {@link Split#DEV}, report {@link Split#TEST} and never look at its
   * misses while tuning. The rule is fixed, so no query is moved after its figure is seen: ids starting
   * with {@code t} are test and {@code d} dev (queries written as such); any other id is test when the
   * CRC-32 of the id is odd.
   */
  public enum Split {
    DEV,
    TEST;

    public static Split of(String queryId) {
      if (queryId.startsWith("t")) {
        return TEST;
      }
      if (queryId.startsWith("d")) {
        return DEV;
      }
      CRC32 crc = new CRC32();
      crc.update(queryId.getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % 2 == 1 ? TEST : DEV;
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The queries of one split, with the same excerpts. */
  public RelevanceSet split(Split which) {
    return new RelevanceSet(name + " (" + which.label() + ")",
        queries.stream().filter(q -> Split.of(q.id()) == which).toList(), excerpts);
  }

  public int judgmentCount() {
    return queries.stream().mapToInt(q -> q.grades().size()).sum();
  }

  static int grade(Line l) throws IOException {
    try {
      int g = Integer.parseInt(l.cells[2].strip());
      if (g >= 0 && g <= 2) {
        return g;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw l.error("grade must be 0, 1 or 2, not '" + l.cells[2] + "'");
  }

  record Line(String file, int number, String[] cells) {
    IOException error(String message) {
      return new IOException(file + ":" + number + ": " + message);
    }
  }

  static List<Line> lines(Reader reader, String file) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    int n = 0;
    for (String s = r.readLine(); s != null; s = r.readLine()) {
      n++;
      if (!s.isBlank() && !s.startsWith("#")) {
        out.add(new Line(file, n, s.split("\t", -1)));
      }
    }
    return out;
  }

  static Reader resource(String file) throws IOException {
    InputStream in = RelevanceSet.class.getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCE_DIR + file + " is missing from the jar");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
