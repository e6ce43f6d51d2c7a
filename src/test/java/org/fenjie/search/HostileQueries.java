package org.fenjie.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Query texts people and bots send, generated from a seed so that a failure can be replayed:
 * every Lucene operator and special character, unbalanced quotes and brackets, wildcards,
 * /regex/, field:syntax, fuzzy~ and boost^, control characters, unpaired surrogates, emoji,
 * right-to-left and mixed scripts, and strings up to 100,000 characters. Set
 * {@code -Dfenjie.hostileSeed=N} to replay another run; the seed in use is printed by the tests.
 */
public final class HostileQueries {

  /** The seed of the generated inputs; tests print it next to any failure. */
  public static final long SEED = Long.getLong("fenjie.hostileSeed", 20_260_121L);

  /** Plain words from the seeds, so that hostile syntax is mixed with text that really matches. */
  static final List<String> WORDS =
      List.of("海外仓", "企业", "工信局", "陈进福", "养老", "晋品出海", "2026", "abc", "商务局", "链主", "保租房", "泉港区");

  /** Syntax of Lucene's classic and flexible query parsers, as fragments to glue onto words. */
  static final List<String> SYNTAX =
      List.of(
          "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?",
          ":", "\\", "/", "*:*", "[* TO *]", "{a TO z}", "[2020 TO 2026]", "~2", "~0.5", "^10", "^-1", "^1e309",
          "/.*/", "/[a-z]+/", "/(a|b)*c{1,99}/", "task:", "region:", "_id:", "row:", "names:", "f_unit:", "*仓",
          "海*", "?仓", "海外?", "**", "\"\"", "\\\"", "''", "`", "%", "%25", "%00", "&", "=", "#", ";", "$", "@",
          "${jndi:ldap://x}", "<script>", "</mark>", "&lt;", "'--", "0x7f", "NaN", "-0", "1e309");

  /** Characters that are not text: controls, invisible format characters, odd spaces, lone surrogates. */
  static final List<String> INVISIBLE =
      List.of(
          "\u0000", "\u0001", "\u0007", "\u0008", "\t", "\n", "\r", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f",
          "\u0085", "\u00a0", "\u00ad", "\u061c", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
          "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\u3000", "\ufeff", "\ufffd", "\ufffe",
          "\uffff", "\ud800", "\udfff", "\ue000", "\udb40\udc01");

  /** Other scripts, emoji and combining marks. */
  static final List<String> SCRIPTS =
      List.of(
          "😀", "🙂🙂", "👨‍👩‍👧‍👦", "🇨🇳", "👍🏽", "🧧", "مرحبا بالعالم", "שלום", "‏עברית‎", "Привет", "Ελληνικά",
          "ภาษาไทย", "हिन्दी", "한국어", "ひらがなカタカナ", "𠀀𠀁𪚥", "ｆｕｌｌ　ｗｉｄｔｈ", "ＡＮＤ", "＂海外仓＂", "ﬁ",
          "e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355", "İı", "ß", "ǅ", "٣٤٥", "①②", "㊣", "〔2026〕");

  private HostileQueries() {}

  /** Hand-picked cases: the engine test's list plus the extremes (100,000 characters). */
  public static List<String> handPicked() {
    List<String> out = new ArrayList<>(HostileQueryTest.HOSTILE);
    out.add("a".repeat(100_000));
    out.add("海外仓 ".repeat(20_000));
    out.add("\"".repeat(100_001));
    out.add("[".repeat(3_000) + "]".repeat(2_999));
    out.add("海外仓~".repeat(16));
    out.add("*".repeat(200));
    out.add("/".repeat(201));
    out.add("\u0000".repeat(1_000));
    out.add("\u202e".repeat(200) + "海外仓");
    return out;
  }

  /** {@code n} generated query texts from {@code seed}; the same seed always gives the same list. */
  public static List<String> generated(long seed, int n) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(one(random));
    }
    return out;
  }

  private static String one(Random random) {
    int shape = random.nextInt(20);
    if (shape == 0) {
      // Long input: a fragment repeated past every limit (up to 100,000 characters).
      String unit = fragment(random);
      int target = new int[] {199, 200, 201, 1_000, 10_000, 100_000}[random.nextInt(6)];
      StringBuilder b = new StringBuilder(target + unit.length());
      while (b.length() < target) {
        b.append(unit);
      }
      return b.toString();
    }
    int parts = 1 + random.nextInt(shape < 10 ? 4 : 12);
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < parts; p++) {
      b.append(fragment(random));
      b.append(separator(random));
    }
    return b.toString();
  }

  private static String fragment(Random random) {
    return switch (random.nextInt(10)) {
      case 0, 1 -> pick(random, WORDS);
      case 2 -> pick(random, WORDS) + pick(random, SYNTAX);
      case 3 -> pick(random, SYNTAX) + pick(random, WORDS);
      case 4 -> pick(random, SYNTAX) + pick(random, WORDS) + pick(random, SYNTAX);
      case 5, 6 -> pick(random, SYNTAX);
      case 7 -> pick(random, INVISIBLE) + (random.nextBoolean() ? pick(random, WORDS) : "");
      case 8 -> pick(random, SCRIPTS);
      default -> randomCodePoints(random, 1 + random.nextInt(6));
    };
  }

  private static String separator(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1 -> "\u3000";
      case 2 -> pick(random, INVISIBLE);
      default -> " ";
    };
  }

  /** Any code point at all, surrogate halves and unassigned ones included. */
  private static String randomCodePoints(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int cp =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x80);
            case 1 -> 0x4E00 + random.nextInt(0x5200);
            case 2 -> random.nextInt(0x10000);
            default -> random.nextInt(Character.MAX_CODE_POINT + 1);
          };
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  private static String pick(Random random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
