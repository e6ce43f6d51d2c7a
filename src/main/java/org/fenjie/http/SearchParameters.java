package org.fenjie.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchRequest.SortOrder;

/**
 * Turns query parameters into a {@link SearchRequest}, refusing with a message that names the
 * parameter whatever is out of range: page and size bounds, the paging window, unknown sorts,
 * over-long text, too many filter values and years that are not years.
 */
final class SearchParameters {

  static final int DEFAULT_SIZE = 10;
  static final int MAX_SIZE = 100;
  /** Deepest row reachable by paging (as Elasticsearch's max_result_window); export gives them all. */
  static final int MAX_WINDOW = 10_000;
  static final int MAX_FILTER_VALUES = 50;
  static final int MAX_FILTER_CHARS = 200;
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

  private final int maxQueryChars;

  SearchParameters(int maxQueryChars) {
    this.maxQueryChars = maxQueryChars;
  }

  /** A search for one page: q, filters, page, size and sort. */
  SearchRequest page(QueryParameters p) {
    int size = number(p, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = number(p, "page", 1, 1, MAX_WINDOW);
    if ((long) page * size > MAX_WINDOW) {
      throw ClientError.badRequest(
          "page " + page + " of size " + size + " goes past row " + MAX_WINDOW
              + ", the deepest a search pages; narrow the search or use /api/export for all rows");
    }
    return new SearchRequest(text(p, "q"), filters(p), page, size, sort(p));
  }

  /** Every matching row in the requested order, for export (paging parameters are ignored). */
  SearchRequest all(QueryParameters p) {
    return new SearchRequest(text(p, "q"), filters(p), 1, MAX_SIZE, sort(p));
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
          "'" + name + "' is " + chars + " characters long; at most " + maxQueryChars + " are allowed");
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
      throw ClientError.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + shorten(value) + "'");
    }
    int n = Integer.parseInt(value);
    if (n < min || n > max) {
      throw ClientError.badRequest("'" + name + "' must be from " + min + " to " + max + ", not " + n);
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
      default -> throw ClientError.badRequest("'sort' must be 'relevance' or 'doc', not '" + shorten(value) + "'");
    };
  }

  private static Map<String, List<String>> filters(QueryParameters p) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : SearchRequest.DIMENSIONS) {
      List<String> values = p.all(dim).stream().map(String::strip).distinct().toList();
      if (values.isEmpty()) {
        continue;
      }
      if (values.size() > MAX_FILTER_VALUES) {
        throw ClientError.badRequest("'" + dim + "' is given " + values.size() + " values; at most " + MAX_FILTER_VALUES);
      }
      for (String v : values) {
        if (v.length() > MAX_FILTER_CHARS) {
          throw ClientError.badRequest("a '" + dim + "' value is longer than " + MAX_FILTER_CHARS + " characters");
        }
        if (dim.equals("year") && !YEAR.matcher(v).matches()) {
          throw ClientError.badRequest("'year' must be a four-digit year like 2026, not '" + shorten(v) + "'");
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
