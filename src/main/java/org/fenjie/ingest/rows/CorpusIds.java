package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Keeps row ids unique across a corpus: when two documents share a region, year and kind
 * (two 责任分解 tables of 晋江市 for 2026), the rows of every such document get a discriminator
 * derived from that document's number, so each id still depends only on its own document.
 */
public final class CorpusIds {
  private CorpusIds() {}

  public static List<ParsedDocument> disambiguate(List<ParsedDocument> docs) {
    Map<String, Integer> owners = new HashMap<>();
    for (ParsedDocument d : docs) {
      for (String key : keys(d)) {
        owners.merge(key, 1, Integer::sum);
      }
    }
    List<ParsedDocument> out = new ArrayList<>();
    for (ParsedDocument d : docs) {
      Map<String, String> renamed = new HashMap<>();
      List<TaskRow> rows = new ArrayList<>();
      for (TaskRow r : d.rows()) {
        String key = key(r);
        if (owners.get(key) > 1) {
          String disc = RowIds.discriminated(key, r.docNo() != null ? r.docNo() : r.source());
          String id = disc + r.id().substring(key.length());
          renamed.put(r.id(), id);
          r = r.withId(id);
        }
        rows.add(r);
      }
      List<IngestWarning> warnings = d.warnings().stream()
          .map(w -> w.withRowId(renamed.getOrDefault(w.rowId(), w.rowId())))
          .toList();
      out.add(new ParsedDocument(d.source(), rows, d.glossary(), warnings));
    }
    return out;
  }

  private static Set<String> keys(ParsedDocument d) {
    Set<String> keys = new LinkedHashSet<>();
    for (TaskRow r : d.rows()) {
      keys.add(key(r));
    }
    return keys;
  }

  private static String key(TaskRow r) {
    return RowIds.documentKey(r.region(), r.year(), r.kind());
  }
}
