package org.fenjie.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;

/**
 * Every field name, analyzer and facet setting of the index in one place; the builder and the
 * searcher both read them from here, so they cannot disagree.
 */
public final class Schema {

  /** Bumped whenever the fields change; an index written with another version counts as stale. */
  // 4: main's alias documents (2) merged with the relevance branch's figures and scope fields (2, 3).
  // 5: the suggester offers mined compound terms (海外仓); an older generation would lack them.
  // 6: the task text is no longer stored twice (only inside the row JSON); no drill-down terms.
  // 7: rows carry deadline, deadlineDate, extra and page; deadlineDate indexed (DEADLINE).
  public static final String VERSION = "7";

  /**
   * "row", "glossary" or "alias": glossary entries and aliases live in the index but never count
   * as rows. Only rows have any of the searchable fields (task text, headings, scope, names,
   * figures, filter fields), so a query on words needs no type filter; match-all does.
   */
  public static final String TYPE = "type";

  public static final String TYPE_ROW = "row";
  public static final String TYPE_GLOSSARY = "glossary";
  /** A printed name that the reviewed aliases join to another canonical name (卫健委 → 卫健局). */
  public static final String TYPE_ALIAS = "alias";

  public static final String ID = "id";
  public static final String SOURCE = "source";
  /** The whole row as JSON, returned as is. */
  public static final String ROW_JSON = "row";
  /** A glossary entry as JSON. */
  public static final String GLOSSARY_JSON = "glossary";
  /** An alias as JSON: {"dimension", "variant", "canonical"}. */
  public static final String ALIAS_JSON = "alias";

  /** Task text, smartcn words; stored because the highlighter reads it. */
  public static final String TASK = "task";
  /** Task text again as CJK bigrams (see {@link BigramAnalyzer}). */
  public static final String TASK_BIGRAM = "task_bigram";
  /** Section headings as bigrams: context for a row, weighted low. */
  public static final String SECTION = "section";
  /**
   * The row's region and kind as bigrams (晋江市, 争先进位), so "南安 低效用地" or "争先进位 低效用地"
   * finds the rows of that county or document kind although their text never names it.
   */
  public static final String SCOPE = "scope";
  /** Unit and leader names, printed and canonical, exactly (whitespace removed). */
  public static final String NAMES = "names";
  /** The same names as bigrams, so 商务 finds 市商务局. */
  public static final String NAMES_BIGRAM = "names_bigram";
  /** Phrases the document itself puts in quotes (“晋品出海”), for suggestions. */
  public static final String PHRASES = "phrases";
  /** Figures with their unit in the task text, normalised (see {@link Figures}): 5%, 7000亩. */
  public static final String FIGURES = "figures";

  public static final String DIM_REGION = "region";
  public static final String DIM_YEAR = "year";
  public static final String DIM_KIND = "kind";
  public static final String DIM_UNIT = "unit";
  public static final String DIM_LEADER = "leader";
  public static final List<String> DIMENSIONS =
      List.of(DIM_REGION, DIM_YEAR, DIM_KIND, DIM_UNIT, DIM_LEADER);

  /** Exact-match filter field for a facet dimension (same values as the facet). */
  public static String filterField(String dimension) {
    return "f_" + dimension;
  }

  /**
   * The row's deadlineDate as a day number (LocalDate.toEpochDay): points for the range filter,
   * doc values for the deadline sort. Rows without a readable deadline have no value.
   */
  public static final String DEADLINE = "deadline";

  static final String SORT_REGION = "sort_region";
  static final String SORT_SOURCE = "sort_source";
  static final String SORT_POSITION = "sort_pos";

  /** Document order: region, then source document, then the row's position in it. */
  public static final Sort DOCUMENT_ORDER =
      new Sort(
          new SortField(SORT_REGION, SortField.Type.STRING),
          new SortField(SORT_SOURCE, SortField.Type.STRING),
          new SortField(SORT_POSITION, SortField.Type.LONG));

  /** Best score first, ties in document order. */
  public static final Sort RELEVANCE_ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(SORT_REGION, SortField.Type.STRING),
          new SortField(SORT_SOURCE, SortField.Type.STRING),
          new SortField(SORT_POSITION, SortField.Type.LONG));

  /** Earliest deadline first, rows without one last; ties (and those rows) in document order. */
  public static final Sort DEADLINE_ORDER =
      new Sort(
          deadlineSort(),
          new SortField(SORT_REGION, SortField.Type.STRING),
          new SortField(SORT_SOURCE, SortField.Type.STRING),
          new SortField(SORT_POSITION, SortField.Type.LONG));

  private static SortField deadlineSort() {
    SortField f = LongField.newSortField(DEADLINE, false, SortedNumericSelector.Type.MIN);
    f.setMissingValue(Long.MAX_VALUE);
    return f;
  }

  /**
   * Searchable text with offsets in the postings, for the highlighter. Not stored: the task text
   * is stored once, inside the row's JSON ({@link #ROW_JSON}), where every reader takes it from.
   */
  static final FieldType TEXT_WITH_OFFSETS = textType();

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The analyzer for every analysed field; fields not listed are not analysed. */
  public static Analyzer analyzer() {
    Analyzer bigrams = new BigramAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new SmartChineseAnalyzer(),
        Map.of(TASK_BIGRAM, bigrams, SECTION, bigrams, SCOPE, bigrams, NAMES_BIGRAM, bigrams));
  }

  /** Facets: SortedSetDocValues, no taxonomy; units and leaders are multi-valued. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(DIM_UNIT, true);
    config.setMultiValued(DIM_LEADER, true);
    // Filters use the exact filter fields (filterField), so the facet module's own drill-down terms
    // (two more terms per value and row) would only cost indexing time and bytes.
    for (String dim : DIMENSIONS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  private Schema() {}
}
