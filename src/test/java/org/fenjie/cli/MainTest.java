package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees from the command line when they ask for help or point at a wrong path. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void askingACommandForHelpPrintsItsUsageOnStdoutAndSucceeds() {
    for (String command : List.of("parse", "search", "index", "serve", "check")) {
      out.reset();
      err.reset();
      assertEquals(0, run(command, "--help"), command);
      assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: fenjie " + command), command + ": " + out);
      assertEquals("", err.toString(StandardCharsets.UTF_8), command);
    }
  }

  @Test
  void aWrongPathIsOneLineNamingItWithoutAStackTrace(@TempDir Path dir) {
    assertEquals(1, run("index", "--seeds", dir.resolve("no-seeds").toString(), "--index", dir.resolve("idx").toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.contains("no such file or directory: " + dir.resolve("no-seeds")), e);

    err.reset();
    assertEquals(1, run("search", "海外仓", "--index", dir.resolve("no-index").toString()));
    e = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.contains(dir.resolve("no-index").toString()), e);
    assertFalse(e.contains("\tat "), e);
  }

  @Test
  void parsingAMissingFileNamesItAndWhatIsWrong(@TempDir Path dir) {
    Path missing = dir.resolve("nope.txt");
    assertEquals(1, run("parse", missing.toString()));
    assertEquals("no such file or directory: " + missing,
        err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void searchRefusesWhatTheApiRefuses() {
    assertEquals(2, run("search", "海外仓", "--size", "0"));
    assertEquals(2, run("search", "海外仓", "--size", "101"));
    assertEquals(2, run("search", "海外仓", "--page", "0"));
    assertEquals(2, run("search", "海外仓", "--year", "abc"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("--size must be from 1 to 100, not 0"), e);
    assertTrue(e.contains("--year is a four-digit year such as 2026, not 'abc'"), e);
  }

  @Test
  void lucenesVectorApiAdviceIsNotPrintedButItsErrorsAre() {
    LuceneLogging.quietStartupAdvice();
    Logger vectorization = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
    assertFalse(vectorization.isLoggable(Level.WARNING));
    assertTrue(vectorization.isLoggable(Level.SEVERE));
  }
}
