package org.fenjie.index;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures with their unit (5%, 7000亩, 1100亿, 2030年) in one normal form, for the task text at
 * index time and for a query word at search time: the analyzers drop "%" and split a number from
 * its unit, so without this a user's "5%" matches every "5 个". Normal form: the number without
 * spaces, trailing decimal zeros or thousands separators, then the unit (亿元 → 亿, 万元 → 万).
 */
public final class Figures {

  private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
  private static final String UNIT = "(%|％|亿元|亿|万元|万|平方米|公里|千米|亩|个|家|人次|人|套|吨|场|年|名|项|张|所|座|条|户|辆|艘)";
  private static final Pattern IN_TEXT = Pattern.compile("(?<![\\d.])" + NUMBER + "\\s*" + UNIT);
  private static final Pattern WHOLE = Pattern.compile(NUMBER + "\\s*" + UNIT);

  /** Every figure the text prints, normalised, each once. */
  public static Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      out.add(normal(m.group(1), m.group(2)));
    }
    return out;
  }

  /** The normal form when the whole word is one figure with a unit ("5%", "7000 亩"); else empty. */
  public static Optional<String> of(String word) {
    Matcher m = WHOLE.matcher(word.strip());
    return m.matches() ? Optional.of(normal(m.group(1), m.group(2))) : Optional.empty();
  }

  private static String normal(String number, String unit) {
    String n = new BigDecimal(number.replace(",", "")).stripTrailingZeros().toPlainString();
    String u = switch (unit) {
      case "％" -> "%";
      case "亿元" -> "亿";
      case "万元" -> "万";
      default -> unit;
    };
    return n + u;
  }

  private Figures() {}
}
