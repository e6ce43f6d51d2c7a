package org.fenjie.ingest.rows;

import org.fenjie.ingest.block.CellText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The unit names in one cell. PDF extraction separates names by spaces or line breaks but also
 * breaks one name with them ("泉州半导体高新区 晋江办事处", "各镇人民政府、 街道办事处"), so the cell
 * keeps its tokens and which neighbours join. Lexical rules join what cannot stand alone; a
 * caller with more evidence (the number of leaders, other rows) may {@link #join} more.
 */
public final class UnitCell {
  /** Pieces that are never a unit by themselves: the tail of a longer name. */
  private static final Set<String> TAILS = Set.of("办公室", "指挥部办公室", "工作专班", "专班", "领导小组",
      "领导小组办公室", "分指挥部", "办事处", "管委会", "筹备组", "工作组", "项目办", "人民政府", "发展中心", "服务中心",
      "事务中心");
  /**
   * Last characters of unit names (局, 办, 委, 政府, 街道, 公司, 集团, 中心, 单位, 部门…); 企 and 业 only as
   * 国企 / 企业, so a name cut short ("区属国有企") or a field ("茶产业") is not taken for a whole unit.
   */
  private static final String UNIT_ENDINGS = "局办委部会院心司团府处站所队室馆科组班区镇乡道村联协社行厂场园校位门署厅庭台织";
  /** What a name that stands on its own as a unit of its own starts with: the county's own level or 各. */
  private static final String UNIT_STARTS = "县市区镇乡各";

  private final List<String> tokens;
  private final boolean[] joined;

  UnitCell(String cell) {
    this.tokens = List.of(CellText.clean(cell).split(" ")).stream()
        .filter(t -> !t.isEmpty()).flatMap(t -> splitList(t).stream()).toList();
    this.joined = new boolean[Math.max(0, tokens.size() - 1)];
    for (int i = 0; i + 1 < tokens.size(); i++) {
      joined[i] = mustJoin(tokens.get(i), tokens.get(i + 1));
    }
  }

  /**
   * "县发改局、县工信局" lists two units; "各镇人民政府、街道办事处" (each town's government and each
   * sub-district office) is one collective unit, and so is anything whose parts do not end like units.
   */
  static List<String> splitList(String token) {
    String t = token.endsWith("、") ? token.substring(0, token.length() - 1) : token;
    List<String> parts = List.of(t.split("[、，；;]"));
    if (parts.size() < 2 || isCollective(t) || unbalanced(t) || !parts.stream().allMatch(UnitCell::endsLikeUnit)) {
      return List.of(token);
    }
    List<String> out = new ArrayList<>(parts);
    if (token.endsWith("、")) {
      out.set(out.size() - 1, out.get(out.size() - 1) + "、");
    }
    return out;
  }

  private static boolean isCollective(String name) {
    return name.startsWith("各") || name.startsWith("相关") || name.startsWith("有关");
  }

  static boolean mustJoin(String left, String right) {
    boolean listContinues = left.endsWith("、") || left.endsWith("，");
    if (listContinues && !isCollective(left) && endsLikeUnit(trimSeparator(left)) && endsLikeUnit(right)) {
      return false; // "县发改局、 县工信局": a list broken at a line end
    }
    return listContinues || left.endsWith("/") || left.endsWith("+")
        || unbalanced(left)
        || "（(）)”、".indexOf(right.charAt(0)) >= 0
        || TAILS.contains(right)
        || !endsLikeUnit(left);
  }

  /** True when the name (a trailing bracketed note such as "（侨办）" aside) ends like a unit name. */
  static boolean endsLikeUnit(String name) {
    String n = name.replaceAll("[（(][^（()）]*[)）]$", "");
    if (n.isEmpty()) {
      n = name.replaceAll("[（()）]", "");
    }
    return !n.isEmpty() && (UNIT_ENDINGS.indexOf(n.charAt(n.length() - 1)) >= 0 || n.endsWith("企业") || n.endsWith("国企"));
  }

  /**
   * Joins made only because the first piece does not end like a unit while the second starts like one of
   * its own ("县乡村振兴 县农业农村局"): the text is kept as one unit, but a human should look.
   */
  List<String> doubtfulJoins() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < joined.length; i++) {
      String left = tokens.get(i);
      String right = tokens.get(i + 1);
      if (joined[i] && !endsLikeUnit(left) && !lexicallyBound(left, right) && endsLikeUnit(right)
          && UNIT_STARTS.indexOf(right.charAt(0)) >= 0) {
        out.add(left + " " + right);
      }
    }
    return out;
  }

  /** A join the text itself demands: a list or bracket goes on, or the right piece is a bare tail. */
  private static boolean lexicallyBound(String left, String right) {
    return left.endsWith("、") || left.endsWith("，") || left.endsWith("/") || left.endsWith("+") || unbalanced(left)
        || "（(）)”、".indexOf(right.charAt(0)) >= 0 || TAILS.contains(right);
  }

  private static boolean unbalanced(String s) {
    return count(s, "（(“《") > count(s, "）)”》");
  }

  private static int count(String s, String chars) {
    return (int) s.chars().filter(c -> chars.indexOf(c) >= 0).count();
  }

  /** The unit names in one printed cell, by the lexical rules alone (no other row to learn from). */
  public static List<String> namesIn(String cell) {
    return new UnitCell(cell).names();
  }

  /** Token positions where a group starts, e.g. [0, 2, 3]. */
  List<Integer> groupStarts() {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i == 0 || !joined[i - 1]) {
        starts.add(i);
      }
    }
    return starts;
  }

  /** The unit names: joined tokens concatenated without the space the extraction put between them. */
  List<String> names() {
    return groupStarts().stream().map(this::groupName).toList();
  }

  private static String trimSeparator(String s) {
    return s.replaceAll("[、，]+$", "");
  }

  /** The name of the group starting at token {@code start}, without a dangling list separator. */
  String groupName(int start) {
    StringBuilder cur = new StringBuilder(tokens.get(start));
    for (int i = start; i < joined.length && joined[i]; i++) {
      cur.append(tokens.get(i + 1));
    }
    return trimSeparator(cur.toString());
  }

  /** Joins the group starting at token {@code start} with the group after it. */
  void joinAfter(int start) {
    int i = start;
    while (i < joined.length && joined[i]) {
      i++;
    }
    if (i < joined.length) {
      joined[i] = true;
    }
  }

  int groupCount() {
    return groupStarts().size();
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  @Override
  public String toString() {
    return tokens + Arrays.toString(joined);
  }
}
