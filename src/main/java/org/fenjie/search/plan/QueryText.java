package org.fenjie.search.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fenjie.search.BadQueryException;

/**
 * The user's query in fenjie's small language: words separated by spaces must all match,
 * "quoted text" (ASCII or Chinese quotes) is one phrase, a leading - excludes a word or phrase,
 * {@code OR} or {@code |} between words means either. Punctuation inside an unquoted word (“”《》、，。)
 * separates words, as a space does, so text pasted from a document is its own words rather than one
 * string no row prints. Nothing else is syntax: Lucene operators, field:, * ? ~ ^ / and brackets are
 * plain text, an unbalanced quote is dropped, control and invisible format characters count as spaces.
 * Only a query too long or with too many words is refused, with a message for the user.
 */
public record QueryText(List<Group> required, List<Clause> excluded) {

  /** Longest query accepted, in characters; task texts are ~100 characters. */
  public static final int MAX_CHARS = 200;

  /** Most words and phrases in one query (words split off by punctuation count too). */
  public static final int MAX_CLAUSES = 24;

  /** Bare words that mean "and" in other search engines; everything must match here anyway. */
  private static final Set<String> NOISE = Set.of("AND", "&&", "+", "&");

  /** Bare words that join their neighbours into "either" (Lucene/KQL syntax, and the pipe). */
  private static final Set<String> EITHER = Set.of("OR", "|");

  public QueryText {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
  }

  /** One word or phrase as typed (normalised), and whether it was quoted. */
  public record Clause(String text, boolean quoted) {}

  /** Clauses of which one must match: a single clause, or words joined by OR. */
  public record Group(List<Clause> options) {
    public Group {
      options = List.copyOf(options);
    }

    static Group of(Clause c) {
      return new Group(List.of(c));
    }
  }

  public boolean isEmpty() {
    return required.isEmpty() && excluded.isEmpty();
  }

  /** Every required word or phrase, the options of an OR included, in order. */
  public List<Clause> words() {
    return required.stream().flatMap(g -> g.options().stream()).toList();
  }

  public static QueryText parse(String q) {
    // A pipe is "either" even when not spaced (托育|幼儿园).
    String text = clean(q == null ? "" : q).replace('｜', '|').replace("||", "|").replace("|", " | ");
    if (text.codePointCount(0, text.length()) > MAX_CHARS) {
      throw new BadQueryException("查询太长：最多 " + MAX_CHARS + " 个字符");
    }
    List<Group> required = new ArrayList<>();
    List<Clause> excluded = new ArrayList<>();
    boolean joinNext = false;
    int count = 0;
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
      List<Clause> clauses = new ArrayList<>();
      int close = i < n && isOpenQuote(text.charAt(i)) ? closingQuote(text, i + 1) : -1;
      if (close > 0) {
        clauses.add(new Clause(text.substring(i + 1, close).strip(), true));
        i = close + 1;
      } else {
        int end = text.indexOf(' ', i);
        end = end < 0 ? n : end;
        String word = text.substring(i, end);
        i = end;
        if (EITHER.contains(word)) {
          joinNext = !required.isEmpty();
          continue;
        }
        for (String part : pieces(word)) {
          clauses.add(new Clause(part, false));
        }
      }
      clauses.removeIf(cl -> cl.text().isEmpty() || NOISE.contains(cl.text()));
      count += clauses.size();
      if (count > MAX_CLAUSES) {
        throw new BadQueryException("查询词太多：最多 " + MAX_CLAUSES + " 个词");
      }
      if (clauses.isEmpty()) {
        continue;
      }
      if (negative) {
        excluded.addAll(clauses);
      } else if (joinNext) {
        // "a OR b": the word after the OR joins the group before it (a pipe inside a word did the same).
        Group last = required.remove(required.size() - 1);
        List<Clause> options = new ArrayList<>(last.options());
        options.add(clauses.get(0));
        required.add(new Group(options));
        clauses.subList(1, clauses.size()).forEach(cl -> required.add(Group.of(cl)));
      } else {
        clauses.forEach(cl -> required.add(Group.of(cl)));
      }
      joinNext = false;
    }
    return new QueryText(required, excluded);
  }

  /**
   * An unquoted word cut at its punctuation: 拓展“晋品出海” is 拓展 and 晋品出海. Figures keep their
   * point and per cent (2.2万人, 5.0%).
   */
  static List<String> pieces(String word) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int[] cps = word.codePoints().toArray();
    for (int k = 0; k < cps.length; k++) {
      int cp = cps[k];
      boolean point = cp == '.' && k > 0 && k + 1 < cps.length && Character.isDigit(cps[k - 1]) && Character.isDigit(cps[k + 1]);
      if (isSeparator(cp) && !point) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.appendCodePoint(cp);
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Punctuation that separates words; kept: % (5%), + (1+N, 5G+AI), # and @, and - inside a word. */
  static boolean isSeparator(int cp) {
    if (cp == '%' || cp == '#' || cp == '@' || cp == '-' || cp == '&' || cp == '*') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION;
  }

  /** NFKC (full-width letters and spaces fold), then every control/format character becomes a space. */
  public static String clean(String q) {
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
}
