package org.fenjie.index;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.Leader;
import org.fenjie.model.RowJson;
import org.fenjie.model.TaskRow;

/**
 * Turns a row into its Lucene document (before {@code FacetsConfig.build}): facet values are the
 * canonical names, the stored JSON keeps the printed ones. Rejects a row the index cannot serve
 * (no id, region, kind or task) with a message naming the row.
 */
public final class RowDocument {

  /** Text the document itself quotes: “晋品出海”, "超级晋江". */
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,16})[”\"]");

  /** Strict: 2026-02-30 is not a day. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final CanonicalNames names;

  public RowDocument(CanonicalNames names) {
    this.names = names;
  }

  /** {@code position} is the row's index within its source document (document order). */
  public Document of(TaskRow row, long position) {
    requireText(row, row.id(), "id");
    requireText(row, row.region(), "region");
    requireText(row, row.kind(), "kind");
    if (row.task() == null) {
      throw new IllegalArgumentException("row " + row.id() + " has no task text");
    }
    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_ROW, Field.Store.NO));
    doc.add(new StringField(Schema.ID, row.id(), Field.Store.NO));
    doc.add(new StringField(Schema.SOURCE, nullToEmpty(row.source()), Field.Store.NO));
    doc.add(new StoredField(Schema.ROW_JSON, RowJson.write(row)));
    doc.add(new Field(Schema.TASK, row.task(), Schema.TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.TASK_BIGRAM, row.task(), Schema.TEXT_WITH_OFFSETS));
    for (String heading : row.section()) {
      doc.add(new TextField(Schema.SECTION, heading, Field.Store.NO));
    }
    doc.add(new TextField(Schema.SCOPE, row.region().strip(), Field.Store.NO));
    doc.add(new TextField(Schema.SCOPE, row.kind().strip(), Field.Store.NO));
    for (String phrase : quotedPhrases(row.task())) {
      doc.add(new StringField(Schema.PHRASES, phrase, Field.Store.NO));
    }
    for (String figure : Figures.in(row.task())) {
      doc.add(new StringField(Schema.FIGURES, figure, Field.Store.NO));
    }
    addNames(doc, row);
    addFacet(doc, Schema.DIM_REGION, row.region().strip());
    addFacet(doc, Schema.DIM_YEAR, Integer.toString(row.year()));
    addFacet(doc, Schema.DIM_KIND, row.kind().strip());
    for (String unit : units(row)) {
      addFacet(doc, Schema.DIM_UNIT, unit);
    }
    for (String leader : leaders(row)) {
      addFacet(doc, Schema.DIM_LEADER, leader);
    }
    LocalDate due = deadlineDate(row);
    if (due != null) {
      doc.add(new LongField(Schema.DEADLINE, due.toEpochDay(), Field.Store.NO));
    }
    doc.add(new SortedDocValuesField(Schema.SORT_REGION, new BytesRef(row.region().strip())));
    doc.add(new SortedDocValuesField(Schema.SORT_SOURCE, new BytesRef(nullToEmpty(row.source()))));
    doc.add(new NumericDocValuesField(Schema.SORT_POSITION, position));
    return doc;
  }

  /** The row's deadlineDate, which the contract says is yyyy-MM-dd; anything else is refused naming the row. */
  private static LocalDate deadlineDate(TaskRow row) {
    if (row.deadlineDate() == null) {
      return null;
    }
    try {
      return LocalDate.parse(row.deadlineDate(), DAY);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "row " + row.id() + " has deadlineDate '" + row.deadlineDate() + "', not a yyyy-MM-dd date");
    }
  }

  /** A glossary entry as a document of its own type: found by search, never counted as a row. */
  public static Document of(GlossaryEntry entry) {
    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_GLOSSARY, Field.Store.NO));
    doc.add(new StoredField(Schema.GLOSSARY_JSON, StoredJson.write(entry)));
    return doc;
  }

  /** A printed name (whitespace and brackets normalised) whose facet value is another name. */
  public record Alias(String dimension, String variant, String canonical) {}

  /** The row's names that facet under a different canonical name, so filters can follow them. */
  public List<Alias> aliases(TaskRow row) {
    List<Alias> out = new ArrayList<>();
    for (String u : concat(row.leadUnits(), row.supportUnits())) {
      addAlias(out, Schema.DIM_UNIT, u, u == null ? null : names.unit(row.region(), u));
    }
    for (Leader l : row.leaders()) {
      addAlias(out, Schema.DIM_LEADER, l.name(), l.name() == null ? null : names.leader(row.region(), l.name()));
    }
    for (String o : row.overseers()) {
      addAlias(out, Schema.DIM_LEADER, o, o == null ? null : names.leader(row.region(), o));
    }
    return out;
  }

  private static void addAlias(List<Alias> out, String dimension, String printed, String canonical) {
    if (printed == null || canonical == null) {
      return;
    }
    String variant = CanonicalNames.normalise(printed);
    if (!variant.isEmpty() && !variant.equals(canonical)) {
      out.add(new Alias(dimension, variant, canonical));
    }
  }

  /** An alias as a document of its own type: read by the searcher, never counted as a row. */
  public static Document of(Alias alias) {
    Document doc = new Document();
    doc.add(new StringField(Schema.TYPE, Schema.TYPE_ALIAS, Field.Store.NO));
    doc.add(new StoredField(Schema.ALIAS_JSON, StoredJson.write(alias)));
    return doc;
  }

  /** Canonical unit names of the lead and support columns, each once. */
  public Set<String> units(TaskRow row) {
    Set<String> out = new LinkedHashSet<>();
    for (String u : concat(row.leadUnits(), row.supportUnits())) {
      addIfPresent(out, u == null ? null : names.unit(row.region(), u));
    }
    return out;
  }

  /** Canonical names of the 责任领导 and the overseers, each once. */
  public Set<String> leaders(TaskRow row) {
    Set<String> out = new LinkedHashSet<>();
    for (Leader l : row.leaders()) {
      addIfPresent(out, l.name() == null ? null : names.leader(row.region(), l.name()));
    }
    for (String o : row.overseers()) {
      addIfPresent(out, o == null ? null : names.leader(row.region(), o));
    }
    return out;
  }

  static List<String> quotedPhrases(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    return List.copyOf(out);
  }

  private void addNames(Document doc, TaskRow row) {
    Set<String> printed = new LinkedHashSet<>();
    for (String u : concat(row.leadUnits(), row.supportUnits())) {
      addIfPresent(printed, u == null ? null : CanonicalNames.normalise(u));
    }
    for (Leader l : row.leaders()) {
      addIfPresent(printed, l.name() == null ? null : CanonicalNames.normalise(l.name()));
    }
    for (String o : row.overseers()) {
      addIfPresent(printed, o == null ? null : CanonicalNames.normalise(o));
    }
    Set<String> all = new LinkedHashSet<>(printed);
    all.addAll(units(row));
    all.addAll(leaders(row));
    for (String name : all) {
      doc.add(new StringField(Schema.NAMES, name, Field.Store.NO));
      doc.add(new TextField(Schema.NAMES_BIGRAM, name, Field.Store.NO));
    }
  }

  private static void addFacet(Document doc, String dimension, String value) {
    doc.add(new SortedSetDocValuesFacetField(dimension, value));
    doc.add(new StringField(Schema.filterField(dimension), value, Field.Store.NO));
  }

  private static void addIfPresent(Set<String> out, String value) {
    if (value != null && !value.isBlank()) {
      out.add(value.strip());
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void requireText(TaskRow row, String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("row " + row.id() + " of " + row.source() + " has no " + key);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
