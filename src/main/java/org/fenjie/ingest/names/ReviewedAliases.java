package org.fenjie.ingest.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.fenjie.model.CanonicalNames;

/**
 * Canonical names backed by the reviewed alias file (src/main/resources/aliases.tsv): whitespace and
 * bracket width are normalised for every name, and a printed variant listed for its region is
 * counted under the canonical name a person chose. Nothing is joined that the file does not list.
 */
public final class ReviewedAliases implements CanonicalNames {

  /** The alias file shipped in the jar. */
  public static final String RESOURCE = "/aliases.tsv";

  private static final Set<String> KINDS = Set.of("unit", "leader");

  private final Map<String, String> canonical;

  private ReviewedAliases(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** The aliases shipped in the jar. */
  public static ReviewedAliases load() {
    InputStream in = ReviewedAliases.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("alias file " + RESOURCE + " is missing from the classpath");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an alias file: one alias per line, {@code region TAB kind TAB variant TAB canonical TAB why},
   * kind {@code unit} or {@code leader}; '#' starts a comment line. Every alias must say why.
   *
   * @throws IllegalArgumentException naming the file and line of the first malformed entry
   */
  public static ReviewedAliases read(Reader reader, String name) throws IOException {
    Map<String, String> map = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    for (int n = 1; (line = in.readLine()) != null; n++) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || f[3].isBlank() || f[4].isBlank() || !KINDS.contains(f[1])) {
        throw new IllegalArgumentException(name + ":" + n
            + ": expected 'region<TAB>unit|leader<TAB>variant<TAB>canonical<TAB>why', got: " + line);
      }
      String key = key(f[0].strip(), f[1], CanonicalNames.normalise(f[2]));
      String previous = map.put(key, CanonicalNames.normalise(f[3]));
      if (previous != null) {
        throw new IllegalArgumentException(name + ":" + n + ": " + f[2] + " is listed twice");
      }
    }
    for (Map.Entry<String, String> e : map.entrySet()) {
      String target = e.getKey().substring(0, e.getKey().lastIndexOf('\t') + 1) + e.getValue();
      if (map.containsKey(target)) {
        throw new IllegalArgumentException(name + ": " + e.getValue()
            + " is both a canonical name and a variant; point its variants at the final name");
      }
    }
    return new ReviewedAliases(map);
  }

  @Override
  public String unit(String region, String printed) {
    return lookup(region, "unit", printed);
  }

  @Override
  public String leader(String region, String printed) {
    return lookup(region, "leader", printed);
  }

  private String lookup(String region, String kind, String printed) {
    String n = CanonicalNames.normalise(printed);
    return canonical.getOrDefault(key(region, kind, n), n);
  }

  private static String key(String region, String kind, String normalised) {
    return region + "\t" + kind + "\t" + normalised;
  }
}
