package org.fenjie.ingest.rows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fenjie.ingest.block.CellText;

/**
 * A printed deadline ("2026年12月底前", "6月底", "2026年第三季度", "长期坚持") read as the last day it allows.
 * The year is the printed one, else the document's; where several dates are printed ("3月—6月") the last
 * counts. Ongoing or recurring work (长期坚持, 持续推进, 每季度) and text without a date have none.
 */
public final class DeadlineText {
  private static final String DIGITS = "〇零一二三四五六七八九十";
  private static final Pattern DAY = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
  private static final Pattern TEN_DAYS = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(上旬|中旬|下旬)");
  private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月");
  private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(?:第)?([一二三四1-4])\\s*季度");
  private static final Pattern HALF = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(上|下)半年");
  private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})\\s*)?年\\s*(?:底|末|内)|全年");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
  private static final Pattern ONGOING = Pattern.compile(".*(长期|持续|常态|每年|每季|每月|每周|定期|动态).*");

  private DeadlineText() {}

  /** The last day {@code printed} allows, or empty when it names none; {@code documentYear} fills a missing year. */
  public static Optional<LocalDate> lastDay(String printed, int documentYear) {
    String t = CellText.clean(printed == null ? "" : printed);
    if (t.isEmpty() || ONGOING.matcher(t).matches() && !YEAR.matcher(t).find() && !MONTH.matcher(t).find()) {
      return Optional.empty();
    }
    // a date without its own year takes the one printed before it ("2026年3月—6月"), else the document's
    Matcher printedYear = YEAR.matcher(t);
    int y = printedYear.find() ? Integer.parseInt(printedYear.group(1)) : documentYear;
    Found best = null;
    for (Found f : new Found[] {day(t, y), tenDays(t, y), month(t, y), quarter(t, y), half(t, y), yearEnd(t, y), year(t)}) {
      if (f != null && (best == null || f.end > best.end || f.end == best.end && f.date.isAfter(best.date))) {
        best = f;
      }
    }
    return Optional.ofNullable(best).map(f -> f.date);
  }

  /** The date as yyyy-MM-dd, or null: the row contract's {@code deadlineDate}. */
  public static String isoLastDay(String printed, int documentYear) {
    return lastDay(printed, documentYear).map(LocalDate::toString).orElse(null);
  }

  /** A date found and where its text ends: the last printed date wins. */
  private record Found(LocalDate date, int end) {}

  private static Found day(String t, int year) {
    Matcher m = last(DAY, t);
    return m == null ? null : safe(() -> LocalDate.of(year(m.group(1), year), num(m.group(2)), num(m.group(3))), m);
  }

  private static Found tenDays(String t, int year) {
    Matcher m = last(TEN_DAYS, t);
    if (m == null) {
      return null;
    }
    return safe(() -> {
      YearMonth ym = YearMonth.of(year(m.group(1), year), num(m.group(2)));
      return switch (m.group(3)) {
        case "上旬" -> ym.atDay(10);
        case "中旬" -> ym.atDay(20);
        default -> ym.atEndOfMonth();
      };
    }, m);
  }

  private static Found month(String t, int year) {
    Matcher m = last(MONTH, t);
    return m == null ? null : safe(() -> YearMonth.of(year(m.group(1), year), num(m.group(2))).atEndOfMonth(), m);
  }

  private static Found quarter(String t, int year) {
    Matcher m = last(QUARTER, t);
    return m == null ? null : safe(() -> YearMonth.of(year(m.group(1), year), 3 * num(m.group(2))).atEndOfMonth(), m);
  }

  private static Found half(String t, int year) {
    Matcher m = last(HALF, t);
    return m == null ? null
        : safe(() -> YearMonth.of(year(m.group(1), year), m.group(2).equals("上") ? 6 : 12).atEndOfMonth(), m);
  }

  private static Found yearEnd(String t, int year) {
    Matcher m = last(YEAR_END, t);
    return m == null ? null : safe(() -> LocalDate.of(year(m.group(1), year), 12, 31), m);
  }

  /** "2026年" alone, or a range's last year ("2026—2027年"). */
  private static Found year(String t) {
    Matcher m = last(YEAR, t);
    return m == null ? null : safe(() -> LocalDate.of(num(m.group(1)), 12, 31), m);
  }

  private static Matcher last(Pattern p, String t) {
    Matcher m = p.matcher(t);
    Matcher found = null;
    while (m.find()) {
      found = p.matcher(t);
      found.find(m.start());
    }
    return found;
  }

  private interface DateOf {
    LocalDate get();
  }

  /** A date the text only seems to name (13月, 2月30日) is no date. */
  private static Found safe(DateOf d, Matcher m) {
    try {
      return new Found(d.get(), m.end());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int year(String printed, int documentYear) {
    return printed == null ? documentYear : Integer.parseInt(printed);
  }

  private static int num(String s) {
    int k = DIGITS.indexOf(s);
    return k > 0 && s.length() == 1 ? k - 1 : Integer.parseInt(s);
  }
}
