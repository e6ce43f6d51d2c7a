package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.SampleCorpus;
import org.fenjie.model.CanonicalNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir Path index;

  @Test
  void printsHitsWithMarksFacetsAndFilters() throws Exception {
    new IndexBuilder(index, CanonicalNames.basic()).build(SampleCorpus.documents());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new SearchCommand().run(
        new ArrayList<>(List.of("海外仓", "--region", "泉港区", "--region", "南安市", "--index", index.toString())),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(text.startsWith("2 hits for '海外仓' (region 泉港区|南安市, page 1"), "the filters are named: " + text);
    assertTrue(text.contains("布局【海外仓】及展销中心"), text);
    assertTrue(text.contains("region: 晋江市 (2)  南安市 (1)  泉港区 (1)"), "sideways counts: " + text);
    assertTrue(text.contains("unit: 商务局 (2)"), text);
  }

  @Test
  void aRefusedQueryIsAUsageErrorWithTheReason() throws Exception {
    new IndexBuilder(index, CanonicalNames.basic()).build(SampleCorpus.documents());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new SearchCommand().run(
        new ArrayList<>(List.of("海".repeat(500), "--index", index.toString())),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("查询太长"));
  }
}
