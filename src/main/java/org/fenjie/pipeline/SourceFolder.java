package org.fenjie.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a seeds folder, sub-folders included, split into those to read and those ignored
 * by one stated rule (docs/ingest.md): a file is ignored when its name, or the name of a folder it
 * is in, starts with "." (hidden: .git, .DS_Store, ._x), or its name is an editor or office leftover
 * (~$x.docx, x~, x.swp, x.tmp, Thumbs.db, desktop.ini). Every other file is read or refused by name.
 */
public record SourceFolder(List<Path> documents, List<Path> ignored) {

  public static SourceFolder scan(Path root) throws IOException {
    List<Path> read = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        (isIgnored(root.relativize(p)) ? ignored : read).add(p);
      }
    }
    return new SourceFolder(List.copyOf(read), List.copyOf(ignored));
  }

  /** The rule, on a path relative to the seeds folder. */
  static boolean isIgnored(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    String name = relative.getFileName().toString();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return name.startsWith("~$") || name.endsWith("~") || lower.endsWith(".swp") || lower.endsWith(".tmp")
        || lower.equals("thumbs.db") || lower.equals("desktop.ini");
  }
}
