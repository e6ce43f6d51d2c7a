package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final String FIXTURE = "src/test/resources/check/";
  private static String output;
  private static int exit;

  @BeforeAll
  static void run() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    exit = new CheckCommand().run(new ArrayList<>(List.of("--aliases", FIXTURE + "aliases.tsv", FIXTURE + "tiny-list.txt")),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    output = out.toString(StandardCharsets.UTF_8);
  }

  /** The block of output under the numbered heading that starts with {@code title}. */
  private static String section(String title) {
    int start = output.indexOf(title);
    assertTrue(start >= 0, "no section '" + title + "' in:\n" + output);
    int end = output.indexOf("\n\n", start);
    return end < 0 ? output.substring(start) : output.substring(start, end);
  }

  @Test
  void exitsZeroAndSaysItMergesNothing() {
    assertEquals(0, exit);
    assertTrue(output.contains("Nothing is merged here"));
  }

  @Test
  void listsFormsJoinedByBracketWidthAndByTheAliasFile() {
    String joined = section("1. Unit names joined");
    assertTrue(joined.contains("各镇（街道）\n") && joined.contains("各镇(街道) (1:"), joined);
    assertTrue(joined.contains("城关镇人民政府 (1:") && joined.contains("城关镇 (1:"), joined);
  }

  @Test
  void suggestsUnitsThatDifferOnlyInTheirSuffixWithoutJoiningThem() {
    String similar = section("3. Units that look alike");
    assertTrue(similar.contains("县卫健委 ~ 县卫健局") && similar.contains("suffix 委/局"), similar);
  }

  @Test
  void flagsNearIdenticalLeaderNamesOfOneUnit() {
    String typos = section("4. One unit, near-identical leader names");
    assertTrue(typos.contains("县卫健局") && typos.contains("林永红 (1:") && typos.contains("林永洪 (1:"), typos);
  }

  @Test
  void listsALeaderPairedWithSeveralUnitsUnlessAnAliasMakesThemOne() {
    String leaders = section("5. One leader paired with several units");
    assertTrue(leaders.contains("赵六") && leaders.contains("县住建局") && leaders.contains("县交通运输局"), leaders);
    assertTrue(leaders.contains("林永红"), "县卫健委 and 县卫健局 are not joined, so this shows too:\n" + leaders);
    assertTrue(!leaders.contains("王五"), "城关镇 and 城关镇人民政府 are one unit through the alias file:\n" + leaders);
  }
}
