package org.fenjie.ingest.layout;

import org.fenjie.ingest.block.CellText;

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

  /** Where a label run may start without a bracket: the item's start, or after a sentence or clause. */
  private static final String RUN_AFTER = "。；;，,！!？?：:\s";

  /**
   * The responsibility part ending {@code item}: a bracket closing it that starts with a label, or else a
   * run of labels after the task's last sentence, unbracketed ("…。牵头单位：县发改局；配合单位：县财政局；
   * 完成时限：2026年6月底前"), which must name a unit or a person.
   */
  static Optional<ResponsibilityBracket> find(String item) {
    Optional<ResponsibilityBracket> bracket = bracketed(item);
    return bracket.isPresent() ? bracket : labelRun(item);
  }

  /** True when {@code line} starts with a label: the label run of the item before it goes on. */
  static boolean startsWithLabel(String line) {
    return InlineLabel.ANY.matcher(line).lookingAt();
  }

  private static Optional<ResponsibilityBracket> labelRun(String item) {
    Matcher m = InlineLabel.ANY.matcher(item);
    while (m.find()) {
      int start = m.start();
      boolean boundary = start == 0 || RUN_AFTER.indexOf(item.charAt(start - 1)) >= 0;
      String before = item.substring(0, start);
      if (boundary && count(before, OPEN) == count(before, CLOSE)) {
        Map<InlineLabel, List<String>> names = read(item.substring(start));
        boolean namesSomeone = names.keySet().stream().anyMatch(l -> l != InlineLabel.DEADLINE);
        return namesSomeone ? Optional.of(new ResponsibilityBracket(start, names)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int count(String s, String chars) {
    return (int) s.chars().filter(c -> chars.indexOf(c) >= 0).count();
  }

  private static Optional<ResponsibilityBracket> bracketed(String item) {
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

  /** A deadline as printed, without the separator or full stop after it; none when empty. */
  private static List<String> deadline(String value) {
    String d = CellText.clean(value).replaceAll("[。；;，,.\\s]+$", "");
    return d.isEmpty() ? List.of() : List.of(d);
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
      String value = inside.substring(s[1], valueEnd);
      List<String> names = switch (label) {
        case DEADLINE -> deadline(value);
        case LEAD_UNIT, RESPONSIBLE_UNIT, SUPPORT_UNIT -> NameList.splitUnits(value);
        default -> NameList.split(value);
      };
      out.computeIfAbsent(label, k -> new ArrayList<>()).addAll(names);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
