package org.fenjie.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The bracket an inline item ends with, "（牵头市领导：张健龙，责任单位：自然资源局、住建局）", read into
 * names per label. Brackets of either width may be mixed, and names may themselves contain brackets
 * ("各镇（街道）"): the opening bracket is found by balancing from the end.
 */
record ResponsibilityBracket(int start, Map<InlineLabel, List<String>> names) {

  private static final String OPEN = "（(";
  private static final String CLOSE = "）)";
  private static final String TRAILING = "。；;.，,\s";

  /** The bracket closing {@code item}, if it is one that starts with a responsibility label. */
  static Optional<ResponsibilityBracket> find(String item) {
    int end = item.length();
    while (end > 0 && TRAILING.indexOf(item.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || CLOSE.indexOf(item.charAt(end - 1)) < 0) {
      return Optional.empty();
    }
    int open = matchingOpen(item, end - 1);
    if (open < 0) {
      return Optional.empty();
    }
    String inside = item.substring(open + 1, end - 1);
    Matcher first = InlineLabel.ANY.matcher(inside);
    if (!first.find() || !inside.substring(0, first.start()).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new ResponsibilityBracket(open, read(inside)));
  }

  /** Names under {@code label}, in printed order; empty when the bracket lacks it. */
  List<String> get(InlineLabel label) {
    return names.getOrDefault(label, List.of());
  }

  boolean has(InlineLabel label) {
    return names.containsKey(label);
  }

  private static int matchingOpen(String s, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = s.charAt(i);
      if (CLOSE.indexOf(c) >= 0) {
        depth++;
      } else if (OPEN.indexOf(c) >= 0 && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Map<InlineLabel, List<String>> read(String inside) {
    Map<InlineLabel, List<String>> out = new EnumMap<>(InlineLabel.class);
    Matcher m = InlineLabel.ANY.matcher(inside);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
    }
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      int valueEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : inside.length();
      InlineLabel label = InlineLabel.of(inside.substring(s[2], s[3]));
      out.computeIfAbsent(label, k -> new ArrayList<>()).addAll(NameList.split(inside.substring(s[1], valueEnd)));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
