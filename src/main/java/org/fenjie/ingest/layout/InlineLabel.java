package org.fenjie.ingest.layout;

import java.util.regex.Pattern;

/**
 * What a label inside an inline item's bracket ("牵头单位：", "牵头市领导："…) says about the names
 * after it, and so which row field they go to.
 */
enum InlineLabel {
  /** 牵头单位 / 主责单位: the primary unit. */
  LEAD_UNIT,
  /** 责任单位: primary when the bracket has no 牵头单位, secondary beside one (as in 南安's table). */
  RESPONSIBLE_UNIT,
  /** 配合单位 / 协办单位 / 参与单位. */
  SUPPORT_UNIT,
  /** 责任领导 / 责任人: a person answering for a unit. */
  LEADER,
  /** 牵头市领导 / 牵头领导 / 分管（市）领导 / 挂钩领导: the overseeing government leader. */
  OVERSEER,
  /** 完成时限 and the like: recognised so they do not end up inside a unit name, not a row field. */
  DEADLINE;

  /** Any label followed by its colon; spaces left by line breaks are tolerated inside a label. */
  static final Pattern ANY = Pattern.compile(
      "(牵头\\s*[市县区]?\\s*领\\s*导|分\\s*管\\s*[市县区]?\\s*(?:[（(]\\s*挂\\s*钩\\s*[)）])?\\s*领\\s*导"
          + "|挂\\s*钩\\s*[市县区]?\\s*领\\s*导|责\\s*任\\s*领\\s*导|责\\s*任\\s*人"
          + "|(?:牵\\s*头|主\\s*责|责\\s*任|配\\s*合|协\\s*办|参\\s*与)\\s*单\\s*位"
          + "|完\\s*成\\s*时\\s*[限间]|时\\s*间\\s*节\\s*点"
          // short forms some lists use: （牵头：县发改局；配合：县财政局）
          + "|牵\\s*头|配\\s*合|协\\s*办)\\s*[：:]");

  /** The meaning of a label matched by {@link #ANY} (its text without the colon). */
  static InlineLabel of(String label) {
    String l = label.replaceAll("\\s+", "");
    if (l.endsWith("领导") || l.equals("责任人")) {
      return l.equals("责任领导") || l.equals("责任人") ? LEADER : OVERSEER;
    }
    if (l.startsWith("完成") || l.equals("时间节点")) {
      return DEADLINE;
    }
    return switch (l) {
      case "牵头单位", "主责单位", "牵头" -> LEAD_UNIT;
      case "责任单位" -> RESPONSIBLE_UNIT;
      default -> SUPPORT_UNIT;
    };
  }
}
