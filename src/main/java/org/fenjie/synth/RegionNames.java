package org.fenjie.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plausible county-level region names (安溪县, 龙湖市, 东山区 …) built from characters common in
 * real place names, plus the seeds' own regions; deterministic for a seed.
 */
final class RegionNames {

  private static final String FIRST = "安永平长清宁龙丰德福海江山云金石华新兴泰和顺惠溪湖阳东西南北上下大小青白黄红天仙凤灵玉宝";
  private static final String SECOND = "溪春化安宁江山阳城川平林源乐丰泽水德兴和阴台湖口州陵都昌田桥沙浦霞浦海亭";

  /** Names of the real regions in the seeds; the synthetic corpus keeps them among its regions. */
  static final List<String> REAL = List.of("晋江市", "南安市", "泉港区");

  private RegionNames() {}

  /** {@code count} distinct names: the real ones first, then generated ones. */
  static List<String> generate(int count, Random random) {
    Set<String> names = new LinkedHashSet<>(REAL);
    while (names.size() < count) {
      char a = FIRST.charAt(random.nextInt(FIRST.length()));
      char b = SECOND.charAt(random.nextInt(SECOND.length()));
      if (a == b) {
        continue;
      }
      int s = random.nextInt(20);
      String suffix = s < 12 ? "县" : s < 17 ? "市" : "区";
      names.add("" + a + b + suffix);
    }
    return new ArrayList<>(names);
  }

  /** The name without its 县/市/区 suffix, as document numbers abbreviate it (东康县 → 东康). */
  static String stem(String region) {
    return region.length() > 2 ? region.substring(0, region.length() - 1) : region;
  }

  /** The suffix character: 县, 市 or 区. */
  static String level(String region) {
    return region.substring(region.length() - 1);
  }
}
