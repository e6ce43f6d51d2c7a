package org.fenjie.ingest.layout;

import org.fenjie.ingest.rows.DocumentHeaderReader;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.SourceText;
import org.fenjie.ingest.rows.DocumentHeader;
import org.fenjie.ingest.rows.RowIds;
import org.fenjie.ingest.rows.UniqueIds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.fenjie.ingest.rows.DeadlineText;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * A list of numbered tasks each ending in a responsibility bracket — "1. 任务……（牵头单位：县发改局；
 * 配合单位：县财政局、各乡镇；责任领导：张三）" or the "123" 争先进位 list's "（牵头市领导：X，责任单位：A、B）".
 * Recognised by most numbered items carrying such a bracket; the labels, not their order, decide
 * which field each name goes to. Kind is 争先进位 when the title says so, else 责任分解.
 */
public final class InlineListLayout extends ProseLayout {

  /** A unit marked as the lead inside a 责任单位 list: "县发改局（牵头）". */
  private static final Pattern MARKED_LEAD = Pattern.compile("^(.+?)[（(]牵头[)）]$");
  /** A section per leader: "一、张三同志牵头负责", "（二）李四、王五同志分管的工作". */
  private static final Pattern SECTION_LEADER = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])((?:\\p{IsHan}{2,4}[、，]?)+?)同志(?:牵头|分管|负责|联系|挂钩)");
  /** Fewer bracketed items than this and the numbered paragraphs are probably something else. */
  private static final int MIN_ITEMS = 3;

  @Override
  public String name() {
    return "inline-list";
  }

  @Override
  public boolean claims(SourceText text) {
    List<InlineItem> items = InlineItems.of(text);
    long bracketed = items.stream().filter(i -> i.bracket() != null).count();
    return bracketed >= MIN_ITEMS && bracketed * 2 >= items.size();
  }

  @Override
  public ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    List<InlineItem> items = InlineItems.of(text);
    if (items.stream().noneMatch(i -> i.bracket() != null)) {
      throw new MalformedDocumentException(text.fileName(), 1, "no numbered item ends in a (牵头单位：…) bracket");
    }
    DocumentHeader header = DocumentHeaderReader.read(text, text.lines().size());
    String kind = kind(header);
    String key = RowIds.documentKey(header.region(), header.year(), kind);
    Set<List<String>> taskSections = new HashSet<>();
    items.stream().filter(i -> i.bracket() != null).forEach(i -> taskSections.add(i.section()));
    List<TaskRow> rows = new ArrayList<>();
    List<IngestWarning> warnings = new ArrayList<>();
    UniqueIds ids = new UniqueIds(text.fileName(), warnings);
    for (InlineItem item : items) {
      if (!taskSections.contains(item.section())) {
        continue; // numbered paragraphs of a part with no task in it (工作要求)
      }
      rows.add(row(header, kind, ids.next(key, item.localKey(), item.line()), text.fileName(), item, warnings));
    }
    return new ParsedDocument(text.fileName(), rows, List.of(), warnings);
  }

  private static String kind(DocumentHeader h) {
    return h.docTitle() != null && h.docTitle().contains("争先进位") ? TaskRow.KIND_CONTEST : TaskRow.KIND_BREAKDOWN;
  }

  private static TaskRow row(
      DocumentHeader h, String kind, String id, String source, InlineItem item, List<IngestWarning> warnings) {
    ResponsibilityBracket b = item.bracket();
    if (CellText.clean(item.task()).isBlank()) {
      // "2.（牵头市领导：…）" with the text lost: kept for its units and leaders, flagged like a
      // table row without a task cell, never emitted silently empty.
      warnings.add(new IngestWarning(source, item.line(), id, "no task text in this item"));
    }
    if (b == null) {
      warnings.add(new IngestWarning(source, item.line(), id, "item has no (牵头单位：…) bracket; its units and leaders are unknown"));
      return new TaskRow(id, h.region(), h.year(), kind, h.docNo(), h.docTitle(), h.docDate(), source,
          item.section(), item.seq(), CellText.clean(item.task()), List.of(), List.of(), List.of(), List.of());
    }
    List<List<String>> units = units(b);
    List<String> lead = units.get(0);
    List<String> support = units.get(1);
    List<String> overseers = new ArrayList<>(b.get(InlineLabel.OVERSEER));
    if (overseers.isEmpty()) {
      overseers.addAll(sectionLeaders(item.section()));
    }
    String deadline = b.get(InlineLabel.DEADLINE).isEmpty() ? null : String.join("，", b.get(InlineLabel.DEADLINE));
    return new TaskRow(id, h.region(), h.year(), kind, h.docNo(), h.docTitle(), h.docDate(), source,
        item.section(), item.seq(), CellText.clean(item.task()), lead, support,
        leaders(b.get(InlineLabel.LEADER), lead, source, item, id, warnings), overseers, deadline,
        DeadlineText.isoLastDay(deadline, h.year()), Map.of(), null);
  }

  /** The leaders a section heading puts over its items: "一、张三同志牵头负责" → 张三. */
  private static List<String> sectionLeaders(List<String> section) {
    List<String> out = new ArrayList<>();
    for (String heading : section) {
      Matcher m = SECTION_LEADER.matcher(CellText.name(heading));
      if (m.find()) {
        out.addAll(NameList.split(m.group(1)));
      }
    }
    return out;
  }

  /** Lead and support units: 牵头单位 leads; in a 责任单位 list the units marked （牵头） lead, else all of them. */
  private static List<List<String>> units(ResponsibilityBracket b) {
    List<String> responsible = b.get(InlineLabel.RESPONSIBLE_UNIT);
    boolean marked = responsible.stream().anyMatch(u -> MARKED_LEAD.matcher(u).matches());
    List<String> lead = new ArrayList<>(b.get(InlineLabel.LEAD_UNIT));
    List<String> support = new ArrayList<>();
    for (String unit : responsible) {
      Matcher m = MARKED_LEAD.matcher(unit);
      if (m.matches()) {
        lead.add(m.group(1));
      } else if (marked || b.has(InlineLabel.LEAD_UNIT)) {
        support.add(unit);
      } else {
        lead.add(unit);
      }
    }
    support.addAll(b.get(InlineLabel.SUPPORT_UNIT));
    return List.of(lead, support);
  }

  /**
   * 责任领导 paired with the lead units by position when the counts agree; otherwise the pairing is
   * unknown and said so, rather than guessed.
   */
  private static List<Leader> leaders(
      List<String> names, List<String> lead, String source, InlineItem item, String id, List<IngestWarning> warnings) {
    boolean paired = names.size() == lead.size();
    if (!names.isEmpty() && !paired) {
      warnings.add(new IngestWarning(source, item.line(), id,
          names.size() + " 责任领导 for " + lead.size() + " lead units; units left unpaired"));
    }
    List<Leader> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new Leader(names.get(i), paired ? lead.get(i) : null));
    }
    return out;
  }
}
