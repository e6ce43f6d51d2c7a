package org.fenjie.ingest.read;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.SourceText;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a file into {@link SourceText}: decoded by {@link SourceEncoding} (UTF-8, UTF-16 with a
 * byte-order mark, or GBK; a bad byte is an error naming its line), refused unread when larger
 * than any real document, so that a wrong or hostile file cannot exhaust memory.
 */
public final class SourceFiles {
  /** Largest document read: a county's table is about 100 KB, a long work report under 1 MB. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private SourceFiles() {}

  public static SourceText read(Path file) throws IOException, MalformedDocumentException {
    return readDecoded(file).text();
  }

  /** The text and the charset it was read in (so that a GBK file can be flagged). */
  public record Read(SourceText text, Charset charset) {}

  public static Read readDecoded(Path file) throws IOException, MalformedDocumentException {
    return read(file.getFileName().toString(), bytes(file));
  }

  /** The file's bytes, refused unread when it is larger than any real document. */
  public static byte[] bytes(Path file) throws IOException, MalformedDocumentException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new MalformedDocumentException(name, 0, "too large to be a document: " + size / (1024 * 1024)
          + " MB, fenjie reads at most " + MAX_BYTES / (1024 * 1024) + " MB (a county's table is about 100 KB);"
          + " check that this is the right file, or split it");
    }
    return Files.readAllBytes(file);
  }

  /** The document in {@code bytes}, as if read from a file of that name. */
  public static Read read(String name, byte[] bytes) throws MalformedDocumentException {
    SourceEncoding.Decoded decoded = SourceEncoding.decode(name, bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new MalformedDocumentException(name, 0, "empty file");
    }
    return new Read(new SourceText(name, List.of(text.split("\r?\n", -1))), decoded.charset());
  }

  /** The line that looks most like a table header (most header words), for error messages; 0 if none. */
  public static int likelyHeaderLine(SourceText text) {
    int best = 0;
    int bestScore = 0;
    for (int n = 1; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.length() > 80) {
        continue; // prose, not a header row
      }
      int score = l.contains("序号") ? 3 : 0;
      for (String w : List.of("任务", "单位", "领导", "时限", "类别", "项目")) {
        if (l.contains(w)) {
          score++;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = n;
      }
    }
    return best;
  }
}
