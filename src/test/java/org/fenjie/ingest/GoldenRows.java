package org.fenjie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fenjie.model.TaskRow;

/**
 * Compares parsed rows with hand-checked golden rows (one JSON object per line, the `parse` output
 * format). Every golden row must exist with exactly these fields; rows not in the file are not
 * compared, so a golden file can hold just the hardest rows of a document.
 */
final class GoldenRows {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private GoldenRows() {}

  static void assertMatch(Path golden, List<TaskRow> rows) throws IOException {
    Map<String, TaskRow> byId = rows.stream().collect(Collectors.toMap(TaskRow::id, Function.identity()));
    List<String> lines = Files.readAllLines(golden, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    assertFalse(lines.isEmpty(), golden + " holds no rows");
    for (String line : lines) {
      JsonElement expected = JsonParser.parseString(line);
      String id = expected.getAsJsonObject().get("id").getAsString();
      TaskRow actual = byId.get(id);
      assertNotNull(actual, "no row " + id + " (" + golden.getFileName() + ")");
      assertEquals(expected, GSON.toJsonTree(actual), "row " + id + " differs from " + golden.getFileName());
    }
  }
}
