package org.fenjie.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.fenjie.model.RowJson;

/**
 * The completions of the search box: leader and unit names (weighted by how many rows name them)
 * and phrases (the document's own quoted phrases, compound terms smartcn cuts apart such as 海外仓
 * or 专精特新, and frequent smartcn words), in an
 * AnalyzingInfixSuggester written beside the rows at build time so a server starts without
 * re-reading every row. The payload of each entry is its type.
 */
public final class SuggestIndex {

  public static final String LEADER = "leader";
  public static final String UNIT = "unit";
  public static final String PHRASE = "phrase";

  /** Words in fewer rows than this are too rare to suggest. */
  private static final int MIN_WORD_ROWS = 2;

  /**
   * Compound terms are mined from at most this many rows, spread evenly over the index: enough to
   * find every phrase common enough to suggest, and a bounded cost when the index holds millions.
   */
  static final int MAX_MINED_ROWS = 10_000;

  /** Writes the suggester of {@code reader}'s rows into {@code dir}. */
  static void build(IndexReader reader, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (AnalyzingInfixSuggester s = create(FSDirectory.open(dir))) {
      s.build(new EntryIterator(entries(reader)));
    }
  }

  /**
   * Opens the suggester of a generation; builds it in memory when the generation has none (an
   * index written before suggestions were stored).
   */
  public static AnalyzingInfixSuggester open(Path generation, IndexReader reader) throws IOException {
    Path dir = generation.resolve(IndexLocation.SUGGEST);
    if (Files.isDirectory(dir)) {
      return create(FSDirectory.open(dir));
    }
    AnalyzingInfixSuggester s = create(new ByteBuffersDirectory());
    s.build(new EntryIterator(entries(reader)));
    return s;
  }

  private static AnalyzingInfixSuggester create(Directory dir) throws IOException {
    Analyzer analyzer = new StandardAnalyzer();
    // minPrefixChars 1: prefixes are matched through indexed edge n-grams, never a PrefixQuery.
    return new AnalyzingInfixSuggester(dir, analyzer, analyzer, 1, true, true, false);
  }

  /** One completion and its weight. */
  public record Entry(String text, String type, long weight) {}

  /** What the suggester offers, computed from the rows of {@code reader} (also the vocabulary of corrections). */
  public static List<Entry> entries(IndexReader reader) throws IOException {
    Map<String, Entry> byText = new LinkedHashMap<>();
    addNames(reader, byText);
    addTerms(reader, Schema.PHRASES, 1, byText);
    addCompounds(reader, byText);
    addTerms(reader, Schema.TASK, MIN_WORD_ROWS, byText);
    return new ArrayList<>(byText.values());
  }

  private static void addNames(IndexReader reader, Map<String, Entry> out) throws IOException {
    if (reader.numDocs() == 0) {
      return;
    }
    DefaultSortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    } catch (IllegalArgumentException noFacets) {
      return; // an index holding only glossary entries
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state);
    for (String[] dim : new String[][] {{Schema.DIM_LEADER, LEADER}, {Schema.DIM_UNIT, UNIT}}) {
      FacetResult all = counts.getAllChildren(dim[0]);
      if (all == null) {
        continue;
      }
      for (LabelAndValue lv : all.labelValues) {
        out.putIfAbsent(lv.label, new Entry(lv.label, dim[1], lv.value.longValue()));
      }
    }
  }

  private static void addTerms(IndexReader reader, String field, int minRows, Map<String, Entry> out)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      String text = term.utf8ToString();
      if (te.docFreq() >= minRows && isWord(text)) {
        addPhrase(out, text, te.docFreq());
      }
    }
  }

  private static void addCompounds(IndexReader reader, Map<String, Entry> out) throws IOException {
    int step = Math.max(1, reader.maxDoc() / MAX_MINED_ROWS);
    PhraseMiner miner = new PhraseMiner();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    Set<String> rowOnly = Set.of(Schema.ROW_JSON);
    for (int doc = 0; doc < reader.maxDoc(); doc += step) {
      if (live == null || live.get(doc)) {
        String row = stored.document(doc, rowOnly).get(Schema.ROW_JSON);
        if (row != null) { // glossary and alias documents are no rows
          miner.add(RowJson.read(row).task());
        }
      }
    }
    // Weighted as rows in the whole index, like the names they are ranked against.
    miner.phrases().forEach((text, rows) -> addPhrase(out, text, (long) rows * step));
  }

  /**
   * A phrase found by several sources keeps its largest row count (专精特新 is quoted in 2 rows
   * and written in 9); a text that is also a name stays a name.
   */
  private static void addPhrase(Map<String, Entry> out, String text, long rows) {
    out.merge(text, new Entry(text, PHRASE, rows),
        (old, found) -> old.type().equals(PHRASE) && found.weight() > old.weight() ? found : old);
  }

  /** Two or more characters, at least one of them a letter (not a bare number). */
  private static boolean isWord(String text) {
    return text.codePointCount(0, text.length()) >= 2 && text.codePoints().anyMatch(Character::isLetter);
  }

  private static final class EntryIterator implements InputIterator {
    private final Iterator<Entry> it;
    private Entry current;

    EntryIterator(List<Entry> entries) {
      this.it = entries.iterator();
    }

    @Override
    public BytesRef next() {
      if (!it.hasNext()) {
        return null;
      }
      current = it.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return current.weight();
    }

    @Override
    public BytesRef payload() {
      return new BytesRef(current.type().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }

  private SuggestIndex() {}
}
