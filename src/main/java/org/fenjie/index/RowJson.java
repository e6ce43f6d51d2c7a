package org.fenjie.index;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.TaskRow;

/** The JSON form rows and glossary entries are stored in; reading gives back an equal record. */
public final class RowJson {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  public static String write(TaskRow row) {
    return GSON.toJson(row);
  }

  public static TaskRow readRow(String json) {
    return GSON.fromJson(json, TaskRow.class);
  }

  public static String write(GlossaryEntry entry) {
    return GSON.toJson(entry);
  }

  public static GlossaryEntry readGlossary(String json) {
    return GSON.fromJson(json, GlossaryEntry.class);
  }

  public static String write(RowDocument.Alias alias) {
    return GSON.toJson(alias);
  }

  public static RowDocument.Alias readAlias(String json) {
    return GSON.fromJson(json, RowDocument.Alias.class);
  }

  private RowJson() {}
}
