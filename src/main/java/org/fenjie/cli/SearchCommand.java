package org.fenjie.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.Leader;
import org.fenjie.search.BadQueryException;
import org.fenjie.search.FacetValue;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchResult;

/** `fenjie search`: search the index from the terminal: hits, highlights, facet counts */
public final class SearchCommand implements Command {

  private static final String USAGE =
      "usage: fenjie search [WORDS...] [--region R] [--year Y] [--kind K] [--unit U] [--leader L]\n"
          + "                    [--page N] [--size N] [--sort relevance|doc|deadline] [--index DIR]\n"
          + "  words must all match; \"quoted text\" is a phrase; -word excludes; filters repeat (OR)";

  @Override
  public String name() {
    return "search";
  }

  @Override
  public String summary() {
    return "search the index from the terminal: hits, highlights, facet counts";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    List<String> dims = SearchRequest.DIMENSIONS.stream().map(d -> "--" + d).toList();
    List<String> valued = new java.util.ArrayList<>(dims);
    valued.addAll(List.of("--page", "--size", "--sort", "--index"));
    Options o = Options.parse(args, valued, List.of());
    if (o.has("--help")) {
      throw new UsageException(USAGE);
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : SearchRequest.DIMENSIONS) {
      if (!o.all("--" + dim).isEmpty()) {
        filters.put(dim, o.all("--" + dim));
      }
    }
    String sort = o.value("--sort", "relevance");
    SearchRequest.SortOrder order = switch (sort) {
      case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
      case "doc" -> SearchRequest.SortOrder.DOCUMENT;
      case "deadline" -> SearchRequest.SortOrder.DEADLINE;
      default -> throw new UsageException("--sort is relevance, doc or deadline, not '" + sort + "'");
    };
    for (String year : o.all("--year")) {
      if (!year.matches("\\d{4}")) {
        throw new UsageException("--year is a four-digit year such as 2026, not '" + year + "'");
      }
    }
    SearchRequest request =
        new SearchRequest(String.join(" ", o.positional()), filters, inRange(o, "--page", 1, 10_000), inRange(o, "--size", 10, 100),
            order);
    try (LuceneTaskSearch search = LuceneTaskSearch.open(Path.of(o.value("--index", "index")))) {
      print(search.search(request), filters, out);
      return 0;
    } catch (BadQueryException e) {
      err.println("fenjie search: " + e.getMessage());
      return 2;
    }
  }

  /** The same bounds as the HTTP API's, so a value the API refuses is refused here too. */
  private static int inRange(Options o, String name, int fallback, int max) {
    int v = o.intValue(name, fallback);
    if (v < 1 || v > max) {
      throw new UsageException(name + " must be from 1 to " + max + ", not " + v);
    }
    return v;
  }

  private static void print(SearchResult r, Map<String, List<String>> filters, PrintStream out) {
    StringBuilder within = new StringBuilder();
    filters.forEach((dim, values) -> within.append(dim).append(' ').append(String.join("|", values)).append(", "));
    out.printf("%d hits for '%s' (%spage %d, %d ms)%s%n%n", r.total(), r.query(), within, r.page(), r.tookMs(),
        r.relatedTotal() > 0 ? ", then " + r.relatedTotal() + " related" : "");
    if (r.didYouMean() != null) {
      out.printf("您是不是要找：%s%n%n", r.didYouMean());
    }
    int n = (r.page() - 1) * r.size();
    String tier = "all";
    for (SearchHit h : r.hits()) {
      var row = h.row();
      if (!h.match().equals(tier)) {
        tier = h.match();
        out.println("   —— 以下为相关结果 (" + tier + ") ——");
      }
      out.printf("%d. %s  [%s %d %s %s]%n", ++n, row.id(), row.region(), row.year(), row.kind(), row.seq());
      out.println("   " + terminal(h.highlight().getOrDefault("task", "")));
      String who =
          labelled("单位", row.leadUnits()) + labelled("协办", row.supportUnits())
              + labelled("领导", row.leaders().stream().map(Leader::name).toList()) + labelled("分管", row.overseers())
              + (row.deadline() == null ? "" : " 完成时限: " + row.deadline());
      if (!who.isBlank()) {
        out.println("  " + who);
      }
    }
    for (GlossaryEntry g : r.glossary()) {
      out.printf("%n附注 %s：%s（%s）%n", g.term(), g.explanation(), g.region());
    }
    out.println();
    r.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        out.println(dim + ": " + facetLine(values));
      }
    });
  }

  private static String labelled(String label, List<String> names) {
    return names.isEmpty() ? "" : " " + label + ": " + String.join("、", names);
  }

  private static String facetLine(List<FacetValue> values) {
    StringBuilder b = new StringBuilder();
    values.forEach(v -> b.append(v.value()).append(" (").append(v.count()).append(")  "));
    return b.toString().strip();
  }

  /** The HTML highlight as terminal text: marks as 【】, entities decoded. */
  static String terminal(String html) {
    return html.replace("<mark>", "【").replace("</mark>", "】")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
