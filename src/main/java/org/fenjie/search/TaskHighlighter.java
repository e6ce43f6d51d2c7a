package org.fenjie.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.fenjie.index.Schema;

/**
 * Highlights the task text of hits with the UnifiedHighlighter: the whole task when it is short,
 * the best sentence of a long one; matches of the smartcn field and of the bigram field both mark
 * the same stored text. Always returns safe HTML, also for hits matched only through a name.
 */
final class TaskHighlighter {

  /** Tasks up to this many characters are shown whole. */
  static final int WHOLE_TASK_CHARS = 160;

  private final Analyzer analyzer;

  TaskHighlighter(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One HTML snippet per entry of {@code docIds}; {@code tasks} are the same hits' task texts. */
  String[] highlight(IndexSearcher searcher, Query query, int[] docIds, List<String> tasks)
      throws IOException {
    String[] out = new String[docIds.length];
    List<Integer> shortOnes = new ArrayList<>();
    List<Integer> longOnes = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      (tasks.get(i).length() <= WHOLE_TASK_CHARS ? shortOnes : longOnes).add(i);
    }
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      texts.put(docIds[i], tasks.get(i));
    }
    run(highlighter(searcher, true, texts), query, docIds, shortOnes, out);
    run(highlighter(searcher, false, texts), query, docIds, longOnes, out);
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = plain(tasks.get(i));
      }
    }
    return out;
  }

  private static void run(UnifiedHighlighter h, Query query, int[] docIds, List<Integer> which, String[] out)
      throws IOException {
    if (which.isEmpty()) {
      return;
    }
    int[] ids = which.stream().mapToInt(i -> docIds[i]).toArray();
    int[] passages = new int[] {1};
    String[] snippets =
        h.highlightFields(new String[] {Schema.TASK}, query, ids, passages).get(Schema.TASK);
    for (int k = 0; k < which.size(); k++) {
      out[which.get(k)] = snippets[k];
    }
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole, Map<Integer, String> texts) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new HtmlPassageFormatter())
            .withMaskedFieldsFunc(f -> f.equals(Schema.TASK) ? Set.of(Schema.TASK_BIGRAM) : Set.of())
            .withBreakIterator(
                whole ? WholeBreakIterator::new : () -> BreakIterator.getSentenceInstance(Locale.CHINESE))
            .withMaxNoHighlightPassages(0)
            .withHandleMultiTermQuery(false);
    return new GivenTextHighlighter(builder, texts::get); // the hits' texts came with their rows
  }

  /** No match in the text (a name matched, or no query): the task escaped, cut if long. */
  static String plain(String task) {
    if (task.length() <= WHOLE_TASK_CHARS) {
      return HtmlPassageFormatter.escape(task);
    }
    int cut = Character.isHighSurrogate(task.charAt(WHOLE_TASK_CHARS - 1)) ? WHOLE_TASK_CHARS - 1 : WHOLE_TASK_CHARS;
    return HtmlPassageFormatter.escape(task.substring(0, cut)) + HtmlPassageFormatter.ELLIPSIS;
  }
}
