package org.fenjie.index;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.fenjie.model.GlossaryEntry;

/**
 * The JSON form glossary entries and name aliases are stored in; reading gives back an equal record.
 * Rows are stored in their contract form, {@link org.fenjie.model.RowJson}.
 */
public final class StoredJson {

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

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

  private StoredJson() {}
}
