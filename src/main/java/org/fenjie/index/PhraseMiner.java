package org.fenjie.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the compound terms of task texts that smartcn cuts apart (海外|仓, 低效|用地, 专|精|特|新),
 * so the search box can offer them whole. A phrase is a run of two to four adjacent Chinese words,
 * three to eight characters long, that recurs in at least two rows and stands on its own: seen
 * after and before varied words (or at a clause edge), not opening or closing on a function word
 * (的, 和, 等 …) or a unit of measure. A piece of a longer phrase fails the neighbour test (低效用
 * is always followed by 地); a one-character word at an edge must not belong with the word beyond
 * it (推进|高 of 高质量) and needs one row more of evidence.
 */
final class PhraseMiner {

  static final int MIN_ROWS = 2;
  static final int MIN_CHARS = 3;
  static final int MAX_CHARS = 8;
  static final int MAX_WORDS = 4;

  /**
   * Words that join a phrase to its context rather than name anything, and units of measure that
   * belong to a number (7000 亩以上, 20 个): a phrase neither starts nor ends with one.
   */
  private static final Set<String> EDGE_WORDS =
      Set.of("的", "和", "与", "及", "等", "在", "对", "为", "将", "把", "是", "了", "并", "以", "其", "之",
          "或", "由", "向", "从", "于", "也", "都", "而", "着", "到", "至", "让", "使", "被", "给", "各", "每",
          "超", "达", "约", "共", "再", "又", "更", "最", "不", "要", "好", "有", "这", "那", "此",
          "以上", "以下", "左右", "以来", "我们",
          "个", "亩", "家", "场", "人", "户", "项", "次", "批", "座", "条", "所", "张", "台", "套", "吨", "名",
          "元", "万元", "亿元", "万", "亿", "千", "年", "月", "日", "天", "公里", "平方米", "米");

  /**
   * When the table of candidates grows past this, those seen in one row only are dropped: a phrase
   * frequent enough to suggest comes back, and memory stays bounded however many rows are mined.
   */
  static final int PRUNE_AT = 300_000;

  private static final Analyzer ANALYZER = new SmartChineseAnalyzer(); // thread-safe, built once

  private final Map<String, Candidate> candidates = new HashMap<>();
  private int rows;
  private int pruneAt = PRUNE_AT;

  /** Counts the phrases of one row's task text. */
  void add(String taskText) {
    rows++;
    for (List<String> run : runs(taskText)) {
      addRun(run);
    }
    if (candidates.size() > pruneAt) {
      candidates.values().removeIf(c -> c.rows < 2);
      if (candidates.size() > pruneAt / 2) {
        pruneAt *= 2; // mostly recurring candidates: pruning again at once would gain little
      }
    }
  }

  /** The phrases found so far, each with the number of rows holding it. */
  Map<String, Integer> phrases() {
    Map<String, Integer> out = new TreeMap<>(); // sorted: the same rows give the same suggester
    candidates.forEach(
        (text, c) -> {
          if (text.length() >= MIN_CHARS
              && c.rows >= minRows(c)
              && !EDGE_WORDS.contains(c.first)
              && !EDGE_WORDS.contains(c.last)
              && c.left.varied()
              && c.right.varied()
              && !cutOffAt(c.last, c.right.top(), false, c.rows)
              && !cutOffAt(c.first, c.left.top(), true, c.rows)) {
            out.put(text, c.rows);
          }
        });
    return out;
  }

  /**
   * A phrase that starts or ends on a one-character word (海外|仓) is more often a mis-cut
   * (推进|普, 发展|新), so it needs one row more of evidence.
   */
  private static int minRows(Candidate c) {
    return c.first.length() == 1 || c.last.length() == 1 ? MIN_ROWS + 1 : MIN_ROWS;
  }

  /**
   * Whether a one-character word at the phrase's edge belongs with the word outside it: 推进高 is
   * cut from 推进|高质量, because 高质量 is seen in as many rows as 推进高 itself.
   */
  private boolean cutOffAt(String edgeWord, String outside, boolean outsideIsLeft, int rowCount) {
    if (edgeWord.length() != 1 || outside == null) {
      return false;
    }
    Candidate joined = candidates.get(outsideIsLeft ? outside + edgeWord : edgeWord + outside);
    return joined != null && joined.rows >= rowCount;
  }

  private void addRun(List<String> words) {
    for (int start = 0; start < words.size(); start++) {
      StringBuilder text = new StringBuilder(words.get(start));
      for (int end = start + 1; end < words.size() && end - start < MAX_WORDS; end++) {
        text.append(words.get(end));
        if (text.length() > MAX_CHARS) {
          break;
        }
        // Every run is counted, short or not, so that cutOffAt can see how words pair up.
        Candidate c = candidates.computeIfAbsent(text.toString(), k -> new Candidate());
        if (c.lastRow != rows) {
          c.lastRow = rows;
          c.rows++;
        }
        c.first = words.get(start);
        c.last = words.get(end);
        c.left.see(start == 0 ? null : words.get(start - 1)); // null: a clause edge
        c.right.see(end == words.size() - 1 ? null : words.get(end + 1));
      }
    }
  }

  /** Runs of adjacent all-Chinese smartcn words; punctuation, digits and Latin letters end a run. */
  private List<List<String>> runs(String text) {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int lastEnd = -1;
    try (TokenStream ts = ANALYZER.tokenStream(Schema.TASK, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String word = term.toString();
        boolean adjacent = offset.startOffset() == lastEnd;
        // smartcn drops punctuation, so a gap in the offsets is a clause edge too.
        if (!adjacent || !isChinese(word)) {
          flush(run, runs);
          run = new ArrayList<>();
        }
        if (isChinese(word)) {
          run.add(word);
        }
        lastEnd = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    flush(run, runs);
    return runs;
  }

  private static void flush(List<String> run, List<List<String>> runs) {
    if (run.size() >= 2) {
      runs.add(run);
    }
  }

  private static boolean isChinese(String word) {
    return !word.isEmpty()
        && word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /** How often a candidate was seen, and whether its neighbours on each side vary. */
  private static final class Candidate {
    int rows;
    /** The first and last word; one text always splits the same way in one run of words. */
    String first;
    String last;
    int lastRow;
    final Side left = new Side();
    final Side right = new Side();
  }

  /**
   * The words seen beside a phrase on one side. A phrase stands on its own when no single word
   * accounts for more than half of its neighbours there: 年行动 is nearly always after 三, 南翼高
   * before 新区. The first few distinct words are counted exactly; later ones and clause edges
   * (each distinct) only add to the total.
   */
  private static final class Side {
    private static final int TRACKED = 3;
    private final String[] words = new String[TRACKED];
    private final int[] counts = new int[TRACKED];
    private int total;

    void see(String neighbour) {
      total++;
      if (neighbour == null) {
        return;
      }
      for (int i = 0; i < TRACKED; i++) {
        if (words[i] == null) {
          words[i] = neighbour;
        }
        if (words[i].equals(neighbour)) {
          counts[i]++;
          return;
        }
      }
    }

    /** The most frequent word on this side, null when none was seen. */
    String top() {
      int best = 0;
      for (int i = 1; i < TRACKED; i++) {
        if (counts[i] > counts[best]) {
          best = i;
        }
      }
      return words[best];
    }

    boolean varied() {
      int most = 0;
      for (int c : counts) {
        most = Math.max(most, c);
      }
      return total >= 2 && most * 2 <= total;
    }
  }
}
