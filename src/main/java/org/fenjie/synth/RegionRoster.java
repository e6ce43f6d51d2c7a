package org.fenjie.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One invented region's own names: how it prints each real unit (mostly as the seeds do, some with
 * the level or region prefix, its own towns), who leads each unit and which vice-heads oversee,
 * each stable within the region so a leader answers for the same unit in every row.
 */
final class RegionRoster {

  /** A town-level unit: two characters of town name, then its kind. */
  private static final Pattern TOWN = Pattern.compile("^(\\p{IsHan}{2})(镇人民政府|镇|街道办事处|街道)$");
  private static final String TOWN_CHARS = "东西南北前后上下新旧石溪山湖海港桥塘埭坑井园岭霞浦田沙林头尾店滨阳";

  private final String region;
  private final long seed;
  private final PersonNames people;
  private final List<String> realPeople;
  private final Map<String, String> units = new HashMap<>();
  private final Map<String, String> towns = new HashMap<>();
  private final Map<String, String> leaders = new HashMap<>();
  private final Map<String, String> overseers = new HashMap<>();
  private final String[] viceHeads;

  RegionRoster(String region, long seed, PersonNames people, List<String> realPeople) {
    this.region = region;
    this.seed = seed;
    this.people = people;
    this.realPeople = realPeople;
    Random r = new Random(seed);
    this.viceHeads = new String[6 + r.nextInt(4)];
    for (int i = 0; i < viceHeads.length; i++) {
      viceHeads[i] = person(r);
    }
  }

  String region() {
    return region;
  }

  /** How this region prints the seeds' unit {@code printed}. */
  String unit(String printed) {
    return units.computeIfAbsent(printed, this::variant);
  }

  /** The person leading {@code unit} (a name of this region's), or a stand-in for {@code seedName}. */
  String leader(String unit, String seedName) {
    if (seedName.length() > 4) {
      return seedName; // not a person: "各镇镇长、街道办事处主任"
    }
    String key = unit == null ? "@" + seedName : unit;
    return leaders.computeIfAbsent(key, k -> person(random(k)));
  }

  /**
   * The vice-heads who oversee what {@code seedNames} oversee in the seeds: as many, and distinct
   * while the region has enough of them (two seed people may map to the same vice-head).
   */
  List<String> overseers(List<String> seedNames) {
    List<String> out = new ArrayList<>(seedNames.size());
    for (String name : seedNames) {
      String o = overseer(name);
      for (int k = 1; out.contains(o) && k < viceHeads.length; k++) {
        o = viceHeads[(indexOf(o) + 1) % viceHeads.length];
      }
      if (!out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  private String overseer(String seedName) {
    if (seedName.length() > 4) {
      return seedName; // "市政府领导班子成员"
    }
    return overseers.computeIfAbsent(seedName, k -> viceHeads[Math.floorMod(random(k).nextInt(), viceHeads.length)]);
  }

  private int indexOf(String viceHead) {
    return java.util.Arrays.asList(viceHeads).indexOf(viceHead);
  }

  private String variant(String printed) {
    Matcher town = TOWN.matcher(printed);
    if (town.matches()) {
      return towns.computeIfAbsent(town.group(1), this::townName) + town.group(2);
    }
    int r = random(printed).nextInt(100);
    if (r < 12 && printed.length() <= 6 && !printed.startsWith("各") && !printed.startsWith("“")) {
      return RegionNames.level(region) + printed;
    }
    if (r < 20 && printed.length() <= 6 && !printed.startsWith("各") && !printed.startsWith("“")) {
      return RegionNames.stem(region) + printed;
    }
    return printed;
  }

  private String townName(String seedTown) {
    Random r = random("town:" + seedTown);
    char a = TOWN_CHARS.charAt(r.nextInt(TOWN_CHARS.length()));
    char b = TOWN_CHARS.charAt(r.nextInt(TOWN_CHARS.length()));
    return "" + a + b;
  }

  private String person(Random r) {
    return !realPeople.isEmpty() && r.nextInt(10) == 0
        ? realPeople.get(r.nextInt(realPeople.size()))
        : people.next(r);
  }

  private Random random(String key) {
    return new Random(seed * 31 + key.hashCode());
  }
}
