package org.fenjie.ingest.layout;

import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.rows.UnitCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a printed list of names ("自然资源局、住建局", "县财政局，各乡镇（街道）") into clean names:
 * separators inside brackets do not split, and whitespace left by line breaks inside a Chinese
 * name is removed ("陈 铭" → "陈铭"). A collective such as "各镇人民政府、街道办事处" stays one name:
 * its second half names no particular body.
 */
final class NameList {
  private static final String SEPARATORS = "、，,；;";
  /** Generic bodies that only complete a preceding "各…" collective, never stand alone. */
  private static final Pattern COLLECTIVE_TAIL = Pattern.compile("^(街道办事处|街道|社区|村（居）|管委会|开发区管委会)$");

  private NameList() {}

  /**
   * Unit names: as {@link #split}, and a piece holding several units separated only by spaces or line
   * breaks ("县发改局 县财政局") is split at unit boundaries, a name broken by a line ("茶产业 发展中心") kept.
   */
  static List<String> splitUnits(String printed) {
    List<String> out = new ArrayList<>();
    for (String piece : split(printed, false)) {
      for (String unit : UnitCell.namesIn(piece)) {
        String name = clean(unit);
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return out;
  }

  static List<String> split(String printed) {
    return split(printed, true);
  }

  private static List<String> split(String printed, boolean clean) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : printed.toCharArray()) {
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
      if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
        add(out, current, clean);
      } else {
        current.append(c);
      }
    }
    add(out, current, clean);
    return out;
  }

  private static void add(List<String> out, StringBuilder current, boolean cleanName) {
    String name = cleanName ? clean(current.toString()) : CellText.clean(current.toString());
    current.setLength(0);
    if (name.isEmpty()) {
      return;
    }
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).startsWith("各") && COLLECTIVE_TAIL.matcher(clean(name)).matches()) {
      out.set(last, out.get(last) + "、" + name);
    } else {
      out.add(name);
    }
  }

  /** A name without padding or a closing full stop: a space in a name is a line break, not a word gap. */
  static String clean(String s) {
    return CellText.name(s).replaceAll("[。.]+$", "");
  }
}
