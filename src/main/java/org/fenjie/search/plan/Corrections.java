package org.fenjie.search.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * "您是不是要找" from the index's own vocabulary (leader and unit names, quoted phrases, compounds,
 * words): for Chinese, an entry one character off (two for six characters or more: 低空经记 → 低空经济),
 * sounding alike first; for Latin letters, an entry whose pinyin is what was typed (dikong jingji →
 * 低空经济) or a leader whose initials it is (zjl → 张健龙). Never a guess further off than that.
 */
public final class Corrections {

  /** One vocabulary entry: its text, kind (leader, unit, phrase) and weight (rows). */
  public record Entry(String text, String kind, long weight) {}

  private record Known(Entry entry, String pinyin, String initials) {}

  static final String LEADER = "leader";
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private final List<Known> known = new ArrayList<>();
  private final Map<String, Known> byPinyin = new HashMap<>();
  private final Map<String, Known> leaderByInitials = new HashMap<>();

  public Corrections(List<Entry> entries) {
    for (Entry e : entries) {
      String text = e.text();
      if (text.codePointCount(0, text.length()) < 2 || text.codePoints().noneMatch(Corrections::han)) {
        continue;
      }
      Known k = new Known(e, pinyin(text, false), pinyin(text, true));
      known.add(k);
      byPinyin.merge(k.pinyin(), k, Corrections::heavier);
      if (e.kind().equals(LEADER)) {
        leaderByInitials.merge(k.initials(), k, Corrections::heavier);
      }
    }
  }

  /** The entry the user most likely meant by {@code typed}, when one is close enough. */
  public Optional<String> suggest(String typed) {
    String key = typed.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    int length = key.codePointCount(0, key.length());
    if (length < 2) {
      return Optional.empty();
    }
    if (key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      Known k = byPinyin.get(key);
      if (k == null && length <= 4) {
        k = leaderByInitials.get(key);
      }
      return Optional.ofNullable(k).map(x -> x.entry().text());
    }
    if (length < 3 || key.codePoints().noneMatch(Corrections::han)) {
      return Optional.empty();
    }
    int allowed = length >= 6 ? 2 : 1;
    String sound = pinyin(key, false);
    Known best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Known k : known) {
      String text = k.entry().text();
      int len = text.codePointCount(0, text.length());
      if (Math.abs(len - length) > allowed || text.equals(key)) {
        continue;
      }
      int d = distance(key, text);
      if (d > allowed) {
        continue;
      }
      // Same sound counts as half a character: 经记 for 经济 is a typing slip of the pinyin IME.
      int rank = 2 * d - (k.pinyin().equals(sound) ? 1 : 0);
      if (rank < bestDistance || (rank == bestDistance && k.entry().weight() > best.entry().weight())) {
        best = k;
        bestDistance = rank;
      }
    }
    return Optional.ofNullable(best).map(k -> k.entry().text());
  }

  private static Known heavier(Known a, Known b) {
    return b.entry().weight() > a.entry().weight() ? b : a;
  }

  /** Levenshtein distance over code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  /** Toneless pinyin of the Chinese characters (first reading of each), other letters kept; or the initials. */
  static String pinyin(String text, boolean initials) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String[] readings = null;
      if (han(cp) && Character.charCount(cp) == 1) {
        try {
          readings = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
          throw new IllegalStateException("the format is fixed above", e);
        }
      }
      if (readings != null && readings.length > 0) {
        out.append(initials ? readings[0].substring(0, 1) : readings[0]);
      } else if (Character.isLetterOrDigit(cp)) {
        out.append(Character.toString(cp).toLowerCase(Locale.ROOT));
      }
    });
    return out.toString();
  }

  private static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
