package org.fenjie.ingest.read;

import java.util.ArrayList;
import java.util.List;

/** Text as Word files hold it, made plain: field codes, cell marks and other control characters removed. */
final class WordText {
  private WordText() {}

  /**
   * Keeps a field's shown result and drops its instruction (HWPF gives "\u0013 PAGE \u0014 3\u0015"), turns
   * no-break spaces into spaces and line or paragraph marks into '\n', and drops the other control characters.
   */
  static String clean(String raw) {
    StringBuilder s = new StringBuilder(raw.length());
    int depth = 0;
    boolean inInstruction = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\u0013' -> { depth++; inInstruction = true; }
        case '\u0014' -> inInstruction = false;
        case '\u0015' -> { depth = Math.max(0, depth - 1); inInstruction = false; }
        case '\u00a0', '\u3000', '\t' -> { if (!(depth > 0 && inInstruction)) s.append(c == '\u3000' ? c : ' '); }
        case '\r', '\u000b', '\n' -> { if (!(depth > 0 && inInstruction)) s.append('\n'); }
        default -> {
          if (!(depth > 0 && inInstruction) && (c >= ' ' && c != '\u007f' && !Character.isISOControl(c))) {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /** Lines of one cell joined with '\n', blank ones left out. */
  static String joinLines(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String l : lines) {
      for (String part : l.split("\n")) {
        if (!part.isBlank()) {
          kept.add(part.strip());
        }
      }
    }
    return String.join("\n", kept);
  }
}
