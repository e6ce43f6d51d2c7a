package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.fenjie.index.Schema;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;

/**
 * The likely misprints of a leader's name in the index: other leader names of the same length
 * that differ in exactly one character and answer for the same unit in the same region (蔡婉贞 and
 * 蔡婉洙 beside 蔡婉滨 at 卫健局) — the pairs `fenjie check` lists as "one unit, near-identical
 * leader names". Only a search uses them, at low weight; facets never merge them, because two
 * real people may differ by one character.
 */
final class LeaderVariants {

  /** More rows than one person answers for in any county's documents; only units are read. */
  private static final int MAX_ROWS_READ = 2_000;

  private LeaderVariants() {}

  /** True when {@code name} (a canonical name) is a leader in the searcher's index. */
  static boolean isLeader(RowSearcher searcher, String name) throws IOException {
    return name.length() >= 2
        && searcher.getIndexReader().docFreq(new Term(Schema.filterField(Schema.DIM_LEADER), name)) > 0;
  }

  /**
   * The variants of {@code name}, a leader in the index ({@link #isLeader}). Use
   * {@link RowSearcher#leaderVariants}, which remembers them for its reader: reading a person's
   * rows costs tens of milliseconds at a million rows.
   */
  static List<String> of(RowSearcher searcher, String name) throws IOException {
    String field = Schema.filterField(Schema.DIM_LEADER);
    List<String> candidates = oneCharacterApart(searcher, field, name);
    if (candidates.isEmpty()) {
      return List.of(); // most names: no look-alike at all, so no rows to read
    }
    Set<String> posts = posts(searcher, name);
    List<String> out = new ArrayList<>();
    for (String candidate : candidates) {
      Set<String> shared = posts(searcher, candidate);
      shared.retainAll(posts);
      if (!shared.isEmpty()) {
        out.add(candidate);
      }
    }
    return out;
  }

  /** Leader names in the index that differ from {@code name} in exactly one character. */
  private static List<String> oneCharacterApart(RowSearcher searcher, String field, String name) throws IOException {
    Set<String> out = new HashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String other = t.utf8ToString();
        if (differInOne(name, other)) {
          out.add(other);
        }
      }
    }
    return out.stream().sorted().toList();
  }

  static boolean differInOne(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length() && diff < 2; i++) {
      diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return diff == 1;
  }

  /** "region|unit" for every unit the person is printed with as 责任领导. */
  private static Set<String> posts(RowSearcher searcher, String name) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.filterField(Schema.DIM_LEADER), name)), MAX_ROWS_READ);
    Set<String> out = new HashSet<>();
    for (TaskRow row : searcher.rows(top.scoreDocs, 0)) {
      for (Leader l : row.leaders()) {
        if (l.unit() != null && l.name() != null
            && searcher.aliases().canonical(Schema.DIM_LEADER, l.name()).contains(name)) {
          for (String unit : searcher.aliases().canonical(Schema.DIM_UNIT, l.unit())) {
            out.add(row.region().strip() + "|" + unit);
          }
        }
      }
    }
    return out;
  }
}
