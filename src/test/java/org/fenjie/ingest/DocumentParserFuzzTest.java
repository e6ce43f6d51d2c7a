package org.fenjie.ingest;

import org.fenjie.ingest.read.SourceFiles;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Fuzzing the parser: any bytes, and seed documents with lines spliced, dropped, duplicated and
 * garbled, are either parsed into rows that keep the row contract or refused with a
 * MalformedDocumentException naming the file and a line — never another exception, never a hang.
 *
 * <p>In `./fenjie test` each method replays its inputs under src/test/resources/.../
 * DocumentParserFuzzTestInputs/ (crashes once found, kept as regression cases). To fuzz for real:
 * {@code JAZZER_FUZZ=1 ./fenjie test -Dtest='DocumentParserFuzzTest#seedDocumentsMutated' -Djazzer.max_duration=10m}
 */
class DocumentParserFuzzTest {

  static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");
  static final Set<String> KINDS = Set.of(TaskRow.KIND_BREAKDOWN, TaskRow.KIND_CONTEST, TaskRow.KIND_REPORT);
  static final String NAME = "fuzz.txt";
  private static final List<List<String>> SEEDS = seedLines();

  private final DocumentParser parser = new DocumentParser();

  @FuzzTest(maxDuration = "2m")
  void arbitraryBytes(byte[] bytes) {
    try {
      check(parser.parse(SourceFiles.read(NAME, bytes).text()));
    } catch (MalformedDocumentException e) {
      checkRefusal(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void seedDocumentsMutated(FuzzedDataProvider data) {
    List<String> lines = new ArrayList<>(SEEDS.get(data.consumeInt(0, SEEDS.size() - 1)));
    int edits = data.consumeInt(0, 12);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      int at = data.consumeInt(0, lines.size() - 1);
      switch (data.consumeInt(0, 5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(data.consumeInt(0, lines.size() - 1)));
        case 2 -> lines.set(at, data.consumeString(200));
        case 3 -> lines.add(at, data.consumeString(200));
        case 4 -> {
          String l = lines.get(at);
          int cut = data.consumeInt(0, l.length());
          lines.set(at, l.substring(0, cut) + data.consumeString(20) + l.substring(cut));
        }
        default -> lines.subList(at, lines.size()).clear();
      }
    }
    try {
      check(parser.parse(new SourceText(NAME, lines)));
    } catch (MalformedDocumentException e) {
      checkRefusal(e);
    }
  }

  /**
   * The row contract: ids unique and URL-safe, the source named, the region present, and task
   * text present — or, where the document lost it, the row flagged with a warning naming it.
   */
  static void check(ParsedDocument doc) {
    assertFalse(doc.rows().isEmpty(), "a parsed document has rows");
    Set<String> ids = new HashSet<>();
    Set<String> flagged = new HashSet<>();
    doc.warnings().forEach(w -> flagged.add(w.rowId()));
    for (TaskRow r : doc.rows()) {
      assertTrue(r.id() != null && URL_SAFE.matcher(r.id()).matches(), "id " + r.id());
      assertTrue(ids.add(r.id()), "duplicate id " + r.id());
      assertEquals(NAME, r.source());
      assertTrue(r.task() != null && (!r.task().isBlank() || flagged.contains(r.id())), "task of " + r.id());
      assertTrue(r.region() != null && !r.region().isBlank(), "region of " + r.id());
      assertTrue(KINDS.contains(r.kind()), "kind " + r.kind());
    }
  }

  static void checkRefusal(MalformedDocumentException e) {
    assertEquals(NAME, e.fileName());
    assertTrue(e.line() >= 0, e.getMessage());
    assertTrue(e.getMessage().startsWith(NAME + ":" + e.line() + ": "), e.getMessage());
  }

  private static List<List<String>> seedLines() {
    try {
      List<List<String>> out = new ArrayList<>();
      for (Path f : DocumentParser.documentsIn(Path.of("seeds"))) {
        out.add(List.copyOf(Files.readAllLines(f, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
