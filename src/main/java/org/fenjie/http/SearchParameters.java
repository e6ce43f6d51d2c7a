package org.fenjie.http;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fenjie.search.DeadlineRange;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchRequest.SortOrder;

/**
 * Turns query parameters into a {@link SearchRequest}, refusing with a message that names the
 * parameter whatever is out of range: page and size bounds, the paging window, unknown sorts,
 * over-long text, too many filter values, years that are not years and deadline days that are not days.
 */
final class SearchParameters {

  static final int DEFAULT_SIZE = 10;
  static final int MAX_SIZE = 100;
  /** Deepest row reachable by paging (as Elasticsearch's max_result_window); export gives them all. */
  static final int MAX_WINDOW = org.fenjie.search.SearchLimits.MAX_WINDOW;
  /** Longest cursor accepted (the engine's tokens are far shorter). */
  static final int MAX_CURSOR_CHARS = 1_024;
  static final int MAX_FILTER_VALUES = 50;
  static final int MAX_FILTER_CHARS = 200;
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

  private final int maxQueryChars;

  SearchParameters(int maxQueryChars) {
    this.maxQueryChars = maxQueryChars;
  }

  /** A search for one page: q, filters, page or cursor, size and sort. */
  SearchRequest page(QueryParameters p) {
    int size = number(p, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = number(p, "page", 1, 1, MAX_WINDOW);
    String cursor = cursor(p);
    if (cursor == null && (long) page * size > MAX_WINDOW) {
      throw ClientError.badRequest(
          "第 " + page + " 页（每页 " + size + " 条）超出了第 " + MAX_WINDOW
              + " 条，按页码翻页最深到这里；请用上一页结果中的 nextCursor 接着翻（参数 cursor），"
              + "或加筛选条件缩小范围，或用 /api/export 导出全部");
    }
    return new SearchRequest(text(p, "q"), filters(p), page, size, sort(p), cursor, related(p), deadline(p));
  }

  /** related=1 (or true): total and facet counts cover the later tiers too, not only the exact match. */
  private static boolean related(QueryParameters p) {
    String value = p.one("related");
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes" -> true;
      case "0", "false", "no" -> false;
      default -> throw ClientError.badRequest("参数 related 只能是 1 或 0，收到 '" + shorten(value) + "'");
    };
  }

  /** The opaque position to continue after (the engine checks it); never together with a page number. */
  private static String cursor(QueryParameters p) {
    String value = p.one("cursor");
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (p.one("page") != null) {
      throw ClientError.badRequest("参数 cursor 和 page 只能给一个：cursor 接着上一页往下翻");
    }
    if (value.length() > MAX_CURSOR_CHARS) {
      throw ClientError.badRequest("参数 cursor 太长：请原样传回上一页结果中的 nextCursor");
    }
    return value;
  }

  /** Every matching row in the requested order, for export (paging parameters are ignored). */
  SearchRequest all(QueryParameters p) {
    return new SearchRequest(text(p, "q"), filters(p), 1, MAX_SIZE, sort(p), null, false, deadline(p));
  }

  /** The query text of one parameter, "" when absent, refused past the length limit. */
  String text(QueryParameters p, String name) {
    String value = p.one(name);
    if (value == null) {
      return "";
    }
    int chars = value.codePointCount(0, value.length());
    if (chars > maxQueryChars) {
      throw ClientError.badRequest(
          "参数 " + name + " 太长：" + chars + " 个字符，最多 " + maxQueryChars + " 个");
    }
    return value;
  }

  /** An optional whole number in [min, max]. */
  static int number(QueryParameters p, String name, int fallback, int min, int max) {
    String value = p.one(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw ClientError.badRequest("参数 " + name + " 应为 " + min + " 到 " + max + " 的整数，收到 '" + shorten(value) + "'");
    }
    int n = Integer.parseInt(value);
    if (n < min || n > max) {
      throw ClientError.badRequest("参数 " + name + " 应在 " + min + " 到 " + max + " 之间，收到 " + n);
    }
    return n;
  }

  private static SortOrder sort(QueryParameters p) {
    String value = p.one("sort");
    if (value == null || value.isEmpty()) {
      return SortOrder.RELEVANCE;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "doc" -> SortOrder.DOCUMENT;
      case "deadline" -> SortOrder.DEADLINE;
      default -> throw ClientError.badRequest(
          "参数 sort 只能是 relevance、doc 或 deadline，收到 '" + shorten(value) + "'");
    };
  }

  /** deadlineFrom / deadlineTo: days yyyy-MM-dd, both included, either may be left out. */
  private static DeadlineRange deadline(QueryParameters p) {
    LocalDate from = day(p, "deadlineFrom");
    LocalDate to = day(p, "deadlineTo");
    if (from != null && to != null && from.isAfter(to)) {
      throw ClientError.badRequest("参数 deadlineFrom（" + from + "）晚于 deadlineTo（" + to + "）");
    }
    return new DeadlineRange(from, to);
  }

  private static LocalDate day(QueryParameters p, String name) {
    String value = p.one(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), DAY);
    } catch (DateTimeParseException e) {
      throw ClientError.badRequest("参数 " + name + " 应为日期 yyyy-MM-dd，如 2026-12-31，收到 '" + shorten(value) + "'");
    }
  }

  private static Map<String, List<String>> filters(QueryParameters p) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : SearchRequest.DIMENSIONS) {
      List<String> values = p.all(dim).stream().map(String::strip).distinct().toList();
      if (values.isEmpty()) {
        continue;
      }
      if (values.size() > MAX_FILTER_VALUES) {
        throw ClientError.badRequest("参数 " + dim + " 给了 " + values.size() + " 个值，最多 " + MAX_FILTER_VALUES + " 个");
      }
      for (String v : values) {
        if (v.length() > MAX_FILTER_CHARS) {
          throw ClientError.badRequest("参数 " + dim + " 的值太长：最多 " + MAX_FILTER_CHARS + " 个字符");
        }
        if (dim.equals("year") && !YEAR.matcher(v).matches()) {
          throw ClientError.badRequest("参数 year 应为四位年份，如 2026，收到 '" + shorten(v) + "'");
        }
      }
      filters.put(dim, values);
    }
    return filters;
  }

  /** Echoes at most 40 characters of a bad value so that an error message stays readable. */
  static String shorten(String value) {
    return value.codePointCount(0, value.length()) <= 40
        ? value
        : value.substring(0, value.offsetByCodePoints(0, 40)) + "…";
  }
}
