package org.fenjie.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Turns a file into {@link SourceText}: strict UTF-8 (a bad byte is an error naming its line), BOM dropped. */
final class SourceFiles {
  private SourceFiles() {}

  static SourceText read(Path file) throws IOException, MalformedDocumentException {
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    String text = decode(name, bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new MalformedDocumentException(name, 0, "empty file");
    }
    return new SourceText(name, List.of(text.split("\r?\n", -1)));
  }

  private static String decode(String name, byte[] bytes) throws MalformedDocumentException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new MalformedDocumentException(name, line,
          "not valid UTF-8 (byte offset " + in.position() + "); convert the file to UTF-8 first");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The line that looks most like a table header (most header words), for error messages; 0 if none. */
  static int likelyHeaderLine(SourceText text) {
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
