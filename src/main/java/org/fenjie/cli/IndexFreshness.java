package org.fenjie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether index/ must be (re)built before serving: it is missing, or a seed document is newer
 * than the index. Without a seeds directory an existing index is served as it is.
 */
record IndexFreshness(Optional<FileTime> indexTime, Optional<FileTime> newestSeed) {

  static IndexFreshness of(Path index, Path seeds) throws IOException {
    return new IndexFreshness(newest(index), newest(seeds));
  }

  boolean hasIndex() {
    return indexTime.isPresent();
  }

  boolean needsBuild() {
    return reason() != null;
  }

  /** Why a build is needed, or null when the index is up to date. */
  String reason() {
    if (indexTime.isEmpty()) {
      return newestSeed.isPresent() ? "no index yet" : null;
    }
    if (newestSeed.isPresent() && newestSeed.get().compareTo(indexTime.get()) > 0) {
      return "the index is older than the seeds";
    }
    return null;
  }

  /** The newest modification time of the visible files under {@code dir} (not .gitkeep and the like). */
  private static Optional<FileTime> newest(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(IndexFreshness::modified)
          .max(FileTime::compareTo);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
