package org.fenjie.ingest.rows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Stable, URL-safe ASCII row ids: {@code <region>-<year>-<kind>-<local>}, e.g.
 * "jinjiang-2026-breakdown-12". The region slug is pinyin for the regions in a small built-in
 * table and otherwise "r" plus the first 8 hex digits of the SHA-256 of the region's UTF-8 name,
 * so an unknown county still gets the same id on every run. A document that shares region,
 * year and kind with another one in the corpus gets a discriminator from its document number.
 */
public final class RowIds {
  private static final Map<String, String> REGIONS = Map.ofEntries(
      Map.entry("晋江市", "jinjiang"),
      Map.entry("南安市", "nanan"),
      Map.entry("泉港区", "quangang"),
      Map.entry("石狮市", "shishi"),
      Map.entry("惠安县", "huian"),
      Map.entry("安溪县", "anxi"),
      Map.entry("永春县", "yongchun"),
      Map.entry("德化县", "dehua"),
      Map.entry("金门县", "jinmen"),
      Map.entry("鲤城区", "licheng"),
      Map.entry("丰泽区", "fengze"),
      Map.entry("洛江区", "luojiang"),
      Map.entry("泉州市", "quanzhou"));
  private static final Map<String, String> KINDS = Map.of(
      "责任分解", "breakdown",
      "争先进位", "contest",
      "政府工作报告", "report");

  private RowIds() {}

  /** "jinjiang" for 晋江市; "r" + 8 hex digits of SHA-256 for a region outside the table. */
  public static String regionSlug(String region) {
    String known = REGIONS.get(region);
    return known != null ? known : "r" + shortHash(region);
  }

  /** The id prefix of one document: "jinjiang-2026-breakdown". */
  public static String documentKey(String region, int year, String kind) {
    String k = KINDS.get(kind);
    return regionSlug(region) + "-" + year + "-" + (k != null ? k : "k" + shortHash(kind));
  }

  /** The same prefix with a discriminator taken from the document number (or file name when it has none). */
  public static String discriminated(String documentKey, String docNoOrSource) {
    return documentKey + "-d" + shortHash(docNoOrSource).substring(0, 6);
  }

  /** A row id: the document key plus the row's local key (its printed number), reduced to [a-z0-9-]. */
  public static String row(String documentKey, String localKey) {
    String local = localKey.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (local.isEmpty()) {
      local = "x" + shortHash(localKey).substring(0, 6);
    }
    return documentKey + "-" + local;
  }

  static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
