package org.fenjie.index;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a build recorded in its commit: when it ran, how many rows, which sources it read, which
 * documents it could not read, and the schema version. Read without opening a searcher.
 */
public record IndexInfo(
    Instant builtAt, long rows, String schemaVersion, List<String> sources, List<String> failures) {

  private static final Gson GSON = new Gson();
  private static final String BUILT_AT = "fenjie.builtAt";
  private static final String ROWS = "fenjie.rows";
  private static final String SCHEMA = "fenjie.schema";
  private static final String SOURCES = "fenjie.sources";
  private static final String FAILURES = "fenjie.failures";

  public IndexInfo {
    sources = List.copyOf(sources);
    failures = List.copyOf(failures);
  }

  /**
   * The file names of the documents that could not be read: each failure message starts with its
   * file name and a colon ("x.txt:12: not a known layout"), as ingest writes them.
   */
  public List<String> failedSources() {
    return failures.stream().map(f -> f.indexOf(':') < 0 ? f : f.substring(0, f.indexOf(':'))).toList();
  }

  /** The info of the generation currently served under {@code indexRoot}, if any. */
  public static Optional<IndexInfo> read(Path indexRoot) throws IOException {
    Optional<Path> generation = new IndexLocation(indexRoot).current();
    if (generation.isEmpty()) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(generation.get().resolve(IndexLocation.ROWS))) {
      return Optional.of(fromUserData(SegmentInfos.readLatestCommit(dir).getUserData()));
    }
  }

  public static IndexInfo fromUserData(Map<String, String> data) {
    return new IndexInfo(
        Instant.parse(data.getOrDefault(BUILT_AT, Instant.EPOCH.toString())),
        Long.parseLong(data.getOrDefault(ROWS, "0")),
        data.getOrDefault(SCHEMA, ""),
        list(data.get(SOURCES)),
        list(data.get(FAILURES)));
  }

  Map<String, String> toUserData() {
    Map<String, String> data = new HashMap<>();
    data.put(BUILT_AT, builtAt.toString());
    data.put(ROWS, Long.toString(rows));
    data.put(SCHEMA, schemaVersion);
    data.put(SOURCES, GSON.toJson(sources));
    data.put(FAILURES, GSON.toJson(failures));
    return data;
  }

  private static List<String> list(String json) {
    if (json == null) {
      return List.of();
    }
    return GSON.fromJson(json, new TypeToken<List<String>>() {}.getType());
  }
}
