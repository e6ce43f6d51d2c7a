package org.fenjie.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.model.TaskRow;

/**
 * Golden JSONL rows checked by hand against the source. Compared field by field with what a
 * layout produces; rewritten from the parser only when the build runs with
 * -Dfenjie.updateGolden=true, and then reviewed like code (git diff) before committing.
 */
final class GoldenRows {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private GoldenRows() {}

  static boolean updating() {
    return Boolean.getBoolean("fenjie.updateGolden");
  }

  static List<TaskRow> read(Path file) throws IOException {
    List<TaskRow> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(GSON.fromJson(line, TaskRow.class));
      }
    }
    return rows;
  }

  /** Every golden row must be produced exactly (rows not in the file are not compared). */
  static void assertMatch(Path golden, List<TaskRow> rows) throws IOException {
    check(rows, golden, List.of());
  }

  /** Every golden row must be produced exactly; with the update flag the golden file is rewritten instead. */
  static void check(List<TaskRow> actual, Path golden, List<String> seqsWhenCreating) throws IOException {
    Map<String, TaskRow> byId = new LinkedHashMap<>();
    actual.forEach(r -> byId.put(r.id(), r));
    if (updating()) {
      List<String> ids = Files.exists(golden)
          ? read(golden).stream().map(TaskRow::id).toList()
          : actual.stream().filter(r -> seqsWhenCreating.contains(r.seq())).map(TaskRow::id).toList();
      List<String> lines = ids.stream().map(byId::get).map(GSON::toJson).toList();
      Files.write(golden, lines, StandardCharsets.UTF_8);
      return;
    }
    List<TaskRow> expected = read(golden);
    assertFalse(expected.isEmpty(), "golden file is empty: " + golden);
    for (TaskRow want : expected) {
      TaskRow got = byId.get(want.id());
      assertNotNull(got, "no row " + want.id() + " (golden " + golden.getFileName() + ")");
      assertEquals(GSON.toJson(want), GSON.toJson(got), "row " + want.id() + " differs from " + golden.getFileName());
    }
  }
}
