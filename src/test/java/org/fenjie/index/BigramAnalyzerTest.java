package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {

  @Test
  void wordsOutsideSmartcnsDictionaryBecomeOverlappingBigrams() throws IOException {
    assertEquals(List.of("晋品", "品出", "出海"), tokens(new BigramAnalyzer(), "晋品出海"));
    assertEquals(List.of("新建", "建超", "20", "个海", "海外", "外仓"), tokens(new BigramAnalyzer(), "新建超 20 个海外仓"));
  }

  @Test
  void fullWidthLettersFoldAndLowerCaseWithOffsetsIntoTheOriginalText() throws IOException {
    String text = "打造“超级晋江”ＩＰ";
    assertEquals(List.of("打造", "超级", "级晋", "晋江", "ip"), tokens(new BigramAnalyzer(), text));
    try (TokenStream ts = new BigramAnalyzer().tokenStream("f", text)) {
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      String last = null;
      while (ts.incrementToken()) {
        last = text.substring(off.startOffset(), off.endOffset());
      }
      ts.end();
      assertEquals("ＩＰ", last);
    }
  }

  /**
   * Known weakness kept visible: smartcn does not know these words, so its tokens differ from the
   * word the user types; the bigram field is what finds them.
   */
  @Test
  void smartcnSplitsUnknownWordsDifferentlyFromHowUsersTypeThem() throws IOException {
    assertEquals(
        List.of("持续", "拓展", "晋", "品", "出", "海", "服务", "矩阵"),
        tokens(new SmartChineseAnalyzer(), "持续拓展晋品出海服务矩阵"));
    assertEquals(List.of("专", "精", "特", "新", "企业"), tokens(new SmartChineseAnalyzer(), "专精特新企业"));
  }

  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
