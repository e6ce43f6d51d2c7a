package org.fenjie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fenjie.index.IndexInfo;
import org.fenjie.index.Schema;
import org.fenjie.ingest.DocumentParser;

/**
 * Whether index/ must be (re)built before serving: there is none, it was built by another schema
 * version, from another set of documents, or before a seed document last changed. Without a seeds
 * directory an existing index is served as it is.
 */
record IndexFreshness(Optional<IndexInfo> index, Optional<List<Path>> seeds) {

  static IndexFreshness of(Path index, Path seeds) throws IOException {
    return new IndexFreshness(
        IndexInfo.read(index),
        Files.isDirectory(seeds) ? Optional.of(DocumentParser.documentsIn(seeds)) : Optional.empty());
  }

  boolean hasIndex() {
    return index.isPresent();
  }

  boolean needsBuild() throws IOException {
    return reason() != null;
  }

  /** Why a build is needed, or null when the index is up to date. */
  String reason() throws IOException {
    if (seeds.isEmpty()) {
      return null;
    }
    if (index.isEmpty()) {
      return "no index yet";
    }
    IndexInfo info = index.get();
    if (!info.schemaVersion().equals(Schema.VERSION)) {
      return "the index was built with schema version '" + info.schemaVersion() + "', this fenjie uses " + Schema.VERSION;
    }
    Set<String> indexed = new TreeSet<>(info.sources());
    indexed.addAll(info.failedSources());
    Set<String> present = new TreeSet<>(seeds.get().stream().map(p -> p.getFileName().toString()).toList());
    if (!indexed.equals(present)) {
      return "the seed documents changed since the index was built";
    }
    for (Path seed : seeds.get()) {
      Instant modified = Files.getLastModifiedTime(seed).toInstant();
      if (modified.isAfter(info.builtAt())) {
        return "the index is older than " + seed.getFileName();
      }
    }
    return null;
  }
}
