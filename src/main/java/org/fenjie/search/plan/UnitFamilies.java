package org.fenjie.search.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fenjie.model.CanonicalNames;

/**
 * The reviewed table of a body's written forms (resource {@code /unit-families.tsv}: 市场监管局 =
 * 市场监督管理局 = 市监局), plus one structural rule: a leading region (市, 县, 区, 晋江市, 泉州市晋江) is
 * dropped when what remains is a listed form. Two forms are joined only when one line lists both, so
 * two different bodies are never merged by a rule.
 */
public final class UnitFamilies {

  static final String RESOURCE = "/unit-families.tsv";
  /** A region written before a unit: 市 / 县 / 区 alone, or a place name ending in one (晋江市, 泉州市晋江). */
  private static final Pattern REGION_PREFIX = Pattern.compile("\\p{IsHan}{0,4}[市县区](\\p{IsHan}{2})?");

  private final Map<String, List<String>> byForm;

  private UnitFamilies(Map<String, List<String>> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  public static UnitFamilies none() {
    return new UnitFamilies(Map.of());
  }

  /** The table shipped in the jar; a malformed line fails loudly, naming it. */
  public static UnitFamilies load() {
    return ReviewedList.load(RESOURCE, UnitFamilies::read);
  }

  static UnitFamilies read(Reader reader, String name) throws IOException {
    Map<String, List<String>> byForm = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(reader);
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      String entry = line.split("\t", 2)[0].strip();
      if (entry.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> forms = new ArrayList<>();
      for (String f : entry.split("\\s+")) {
        forms.add(CanonicalNames.normalise(f));
      }
      if (forms.size() < 2) {
        throw new IllegalArgumentException(name + ":" + n + ": a family needs two forms or more, not '" + entry + "'");
      }
      for (String f : forms) {
        if (byForm.put(f, List.copyOf(forms)) != null) {
          throw new IllegalArgumentException(name + ":" + n + ": '" + f + "' is already in another family");
        }
      }
    }
    return new UnitFamilies(byForm);
  }

  /**
   * Every form of the body {@code name} writes, the listed form it was read as first; empty when it is no
   * listed form, even after dropping a leading region.
   */
  public List<String> family(String name) {
    String v = CanonicalNames.normalise(name == null ? "" : name);
    List<String> forms = byForm.get(v);
    if (forms != null) {
      return withFirst(forms, v);
    }
    for (int cut = 1; cut < v.length() - 1; cut++) {
      String rest = v.substring(cut);
      if (REGION_PREFIX.matcher(v.substring(0, cut)).matches() && byForm.containsKey(rest)) {
        return withFirst(byForm.get(rest), rest);
      }
    }
    return List.of();
  }

  private static List<String> withFirst(List<String> forms, String first) {
    List<String> out = new ArrayList<>();
    out.add(first);
    forms.stream().filter(f -> !f.equals(first)).forEach(out::add);
    return out;
  }
}
