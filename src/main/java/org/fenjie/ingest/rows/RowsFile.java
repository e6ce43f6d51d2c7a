package org.fenjie.ingest.rows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.fenjie.model.RowJson;
import org.fenjie.model.TaskRow;

/**
 * Rows already structured elsewhere, one JSON object per line (strict UTF-8), read lazily. Each
 * line is either a row in fenjie's contract (docs/rows.md, read by {@link RowJson}) or a row of the peers benchmark corpus
 * ({@code id, doc, region, year, kind, section, seq, task, units, leaders}), whose units become
 * lead units, its leaders overseers and its doc the source. A line that is neither fails with the
 * file and line number; blank lines are skipped.
 */
public final class RowsFile implements Iterator<TaskRow>, Closeable {

  private final Path file;
  private final BufferedReader reader;
  private long line;
  private long rows;
  private TaskRow next;

  private RowsFile(Path file, BufferedReader reader) {
    this.file = file;
    this.reader = reader;
  }

  public static RowsFile open(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new RowsFile(file, new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16));
  }

  /** Rows read so far. */
  public long rows() {
    return rows;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  @Override
  public TaskRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TaskRow r = next;
    next = null;
    return r;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private TaskRow read() {
    try {
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          rows++;
          return row(text);
        }
      }
      return null;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ":" + (line + 1) + ": not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TaskRow row(String text) {
    try {
      JsonObject o = JsonParser.parseString(text).getAsJsonObject();
      return o.has("units") || o.has("doc") ? peersRow(o) : RowJson.read(o);
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      throw new IllegalArgumentException(file + ":" + line + ": not a row: " + e.getMessage());
    }
  }

  private static TaskRow peersRow(JsonObject o) {
    String section = string(o, "section");
    return new TaskRow(
        string(o, "id"), string(o, "region"), year(o), string(o, "kind"),
        null, null, null, string(o, "doc"),
        section == null || section.isBlank() ? List.of() : List.of(section),
        string(o, "seq"), string(o, "task"),
        strings(o, "units"), List.of(), List.of(), strings(o, "leaders"));
  }

  private static int year(JsonObject o) {
    JsonElement e = o.get("year");
    if (e == null || e.isJsonNull()) {
      throw new IllegalStateException("no year");
    }
    return e.getAsInt();
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array(o, key)) {
      if (!e.isJsonNull()) {
        out.add(e.getAsString());
      }
    }
    return out;
  }

  private static JsonArray array(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
  }
}
