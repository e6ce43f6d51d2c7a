package org.fenjie.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Writes a synthetic corpus of documents like the seeds: each document belongs to one invented
 * region and year and follows one seed document row by row (same sections, same number of units,
 * leaders and overseers per row, hence the same share of multi-unit and multi-leader rows), with
 * task texts recombined from real clauses and names from the region's roster. The same seed gives
 * the same rows, and a shorter corpus is a prefix of a longer one.
 */
public final class SynthCorpus {

  public static final int REGIONS = 300;
  public static final int FIRST_YEAR = 2016;
  public static final int LAST_YEAR = 2026;

  private final List<ParsedDocument> templates;
  private final long seed;
  private final ClausePool clauses = new ClausePool();
  private final List<String> regions;
  private final List<RegionRoster> rosters = new ArrayList<>();

  /** {@code seeds}: parsed seed documents (those with rows are used as templates). */
  public SynthCorpus(List<ParsedDocument> seeds, long seed) {
    this.templates = seeds.stream().filter(d -> !d.rows().isEmpty()).toList();
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no seed rows to learn from");
    }
    this.seed = seed;
    Set<String> people = new LinkedHashSet<>();
    for (ParsedDocument d : templates) {
      for (TaskRow r : d.rows()) {
        clauses.add(r.task());
        r.leaders().forEach(l -> people.add(l.name()));
        people.addAll(r.overseers());
      }
    }
    List<String> realPeople = people.stream().filter(p -> p.length() >= 2 && p.length() <= 3).toList();
    PersonNames names = new PersonNames(realPeople);
    this.regions = RegionNames.generate(REGIONS, new Random(seed));
    for (int i = 0; i < regions.size(); i++) {
      rosters.add(new RegionRoster(regions.get(i), seed * 7919 + i, names, realPeople));
    }
  }

  public List<String> regions() {
    return regions;
  }

  /** Hands {@code rows} rows to {@code sink}, document after document; returns the count. */
  public long write(long rows, Consumer<TaskRow> sink) {
    long written = 0;
    for (int doc = 0; written < rows; doc++) {
      for (TaskRow row : document(doc)) {
        if (written == rows) {
          break;
        }
        sink.accept(row);
        written++;
      }
    }
    return written;
  }

  /** The rows of synthetic document number {@code doc}; a pure function of (seed, doc). */
  List<TaskRow> document(int doc) {
    Random r = new Random(seed * 1_000_003L + doc);
    // Each seed equally often: a document follows its template's length, so every seed then gives
    // rows in proportion to its own row count, and the kinds and shares stay those of the seeds.
    ParsedDocument template = templates.get(r.nextInt(templates.size()));
    RegionRoster roster = rosters.get(r.nextInt(rosters.size()));
    int year = FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    DocumentHead head = DocumentHead.of(template.rows().get(0), roster.region(), year, r);
    String source = String.format("synth-%d-%06d.txt", seed, doc);
    String idPrefix = String.format("synth%d-%06d-", seed, doc);
    int count = Math.max(1, (int) Math.round(template.rows().size() * (0.6 + 0.8 * r.nextDouble())));
    List<TaskRow> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      TaskRow t = template.rows().get(Math.min(template.rows().size() - 1, i * template.rows().size() / count));
      out.add(row(t, roster, head, source, idPrefix + (i + 1), Integer.toString(i + 1), r));
    }
    return out;
  }

  private TaskRow row(TaskRow t, RegionRoster roster, DocumentHead head, String source, String id, String seq, Random r) {
    List<Leader> leaders = new ArrayList<>();
    for (Leader l : t.leaders()) {
      String unit = l.unit() == null ? null : roster.unit(l.unit());
      leaders.add(new Leader(roster.leader(unit, l.name()), unit));
    }
    return new TaskRow(
        id,
        roster.region(),
        head.year(),
        t.kind(),
        head.docNo(),
        head.docTitle(),
        head.docDate(),
        source,
        t.section(),
        seq,
        clauses.recombine(t.task(), r),
        t.leadUnits().stream().map(roster::unit).toList(),
        t.supportUnits().stream().map(roster::unit).toList(),
        leaders,
        roster.overseers(t.overseers()));
  }

}
