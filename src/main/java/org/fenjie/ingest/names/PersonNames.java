package org.fenjie.ingest.names;

import org.fenjie.ingest.block.CellText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The people in a leader or overseer cell. Names are separated by spaces or line breaks, but
 * extraction also pads a name ("周  全", "陈 铭") and breaks collective titles
 * ("各镇镇长、街道 办事处主任", "市政府 领导班子 成员"): a lone character joins the next one, and a
 * piece that is not a personal name joins what follows until it ends in a title (负责人, 主任…).
 */
public final class PersonNames {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,；;]+");
  private static final List<String> TITLE_ENDINGS =
      List.of("负责人", "主任", "成员", "镇长", "乡长", "区长", "县长", "市长", "局长", "书记", "主席", "部长", "处长");
  private static final List<String> NOT_IN_NAMES =
      List.of("政府", "部门", "负责", "主任", "成员", "领导", "班子", "街道", "办事处", "国企", "镇长", "局", "委");

  private PersonNames() {}

  public static List<String> of(String cell) {
    List<String> tokens = new ArrayList<>();
    for (String t : CellText.clean(cell).split(" ")) {
      if (t.isEmpty()) {
        continue;
      }
      // "吴振强、周全" is two people; "各镇镇长、街道" is one title that goes on in the next piece.
      List<String> parts = List.of(SEPARATORS.split(t)).stream().filter(p -> !p.isEmpty()).toList();
      if (parts.size() > 1 && parts.stream().allMatch(PersonNames::isPersonName)) {
        tokens.addAll(parts);
      } else {
        tokens.add(t);
      }
    }
    return group(tokens);
  }

  private static List<String> group(List<String> tokens) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      cur.append(tokens.get(i));
      String c = cur.toString();
      boolean last = i == tokens.size() - 1;
      boolean open = c.length() == 1 || (!isPersonName(c) && !endsWithTitle(c)) || c.endsWith("、");
      if (last || !open) {
        out.add(c);
        cur.setLength(0);
      }
    }
    return out;
  }

  /** Two to four Chinese characters that do not read as an office or a title. */
  static boolean isPersonName(String s) {
    if (s.length() < 2 || s.length() > 4 || !CellText.isHan(s)) {
      return false;
    }
    if (s.startsWith("各") || s.startsWith("市") || s.startsWith("区") || s.startsWith("县")) {
      return false;
    }
    return NOT_IN_NAMES.stream().noneMatch(s::contains);
  }

  private static boolean endsWithTitle(String s) {
    return TITLE_ENDINGS.stream().anyMatch(s::endsWith);
  }
}
