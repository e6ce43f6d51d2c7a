package org.fenjie.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The user's query in fenjie's small language: words separated by spaces must all match,
 * "quoted text" (ASCII or Chinese quotes) is one phrase, a leading - excludes a word or phrase.
 * Nothing else is syntax: Lucene operators, field:, * ? ~ ^ / and brackets are plain text, an
 * unbalanced quote is dropped, control and invisible format characters count as spaces. Only a
 * query too long or with too many words is refused, with a message for the user.
 */
public record QueryText(List<Clause> required, List<Clause> excluded) {

  /** Longest query accepted, in characters; task texts are ~100 characters. */
  public static final int MAX_CHARS = 200;

  /** Most words and phrases in one query. */
  public static final int MAX_CLAUSES = 16;

  /** Bare words that mean "and" in other search engines; everything must match here anyway. */
  private static final Set<String> NOISE = Set.of("AND", "&&", "+", "&");

  public QueryText {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
  }

  /** One word or phrase as typed (normalised), and whether it was quoted. */
  public record Clause(String text, boolean quoted) {}

  public boolean isEmpty() {
    return required.isEmpty() && excluded.isEmpty();
  }

  public static QueryText parse(String q) {
    String text = clean(q == null ? "" : q);
    if (text.codePointCount(0, text.length()) > MAX_CHARS) {
      throw new BadQueryException("查询太长：最多 " + MAX_CHARS + " 个字符");
    }
    List<Clause> required = new ArrayList<>();
    List<Clause> excluded = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      boolean negative = false;
      while (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        negative |= text.charAt(i) == '-';
        i++;
      }
      Clause clause;
      int close = i < n && isOpenQuote(text.charAt(i)) ? closingQuote(text, i + 1) : -1;
      if (close > 0) {
        clause = new Clause(text.substring(i + 1, close).strip(), true);
        i = close + 1;
      } else {
        int end = text.indexOf(' ', i);
        end = end < 0 ? n : end;
        clause = new Clause(stripQuotes(text.substring(i, end)), false);
        i = end;
      }
      if (clause.text().isEmpty() || NOISE.contains(clause.text())) {
        continue;
      }
      (negative ? excluded : required).add(clause);
    }
    if (required.size() + excluded.size() > MAX_CLAUSES) {
      throw new BadQueryException("查询词太多：最多 " + MAX_CLAUSES + " 个词");
    }
    return new QueryText(required, excluded);
  }

  /** NFKC (full-width letters and spaces fold), then every control/format character becomes a space. */
  static String clean(String q) {
    if (q.length() > MAX_CHARS * 8) {
      // Refuse before normalising: no work proportional to a 100,000-character input.
      throw new BadQueryException("查询太长：最多 " + MAX_CHARS + " 个字符");
    }
    String s = Normalizer.normalize(q, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean invisible =
                  type == Character.CONTROL
                      || type == Character.FORMAT
                      || type == Character.SURROGATE
                      || type == Character.PRIVATE_USE
                      || type == Character.UNASSIGNED
                      || Character.isWhitespace(cp)
                      || Character.isSpaceChar(cp);
              out.appendCodePoint(invisible ? ' ' : cp);
            });
    return out.toString().strip();
  }

  private static boolean isOpenQuote(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  private static int closingQuote(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '”' || c == '“') {
        return j;
      }
    }
    return -1;
  }

  private static String stripQuotes(String word) {
    return word.replace("\"", "").replace("“", "").replace("”", "").strip();
  }
}
