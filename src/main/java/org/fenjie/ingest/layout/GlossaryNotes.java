package org.fenjie.ingest.layout;

import org.fenjie.ingest.block.CellText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fenjie.model.GlossaryEntry;

/**
 * Reads a report's 附注 notes ("(P7) “四帮四扶”：“四帮”即…") into glossary entries. The term loses
 * its quotation marks; a note whose label only quotes part of itself ("市场采购贸易联网信息平台“组货人”")
 * also yields an entry for the quoted core, so the word the task text actually uses finds it.
 */
final class GlossaryNotes {

  /** "(P7) label：explanation" — page marker in ASCII or full-width brackets, colon either width. */
  private static final Pattern NOTE = Pattern.compile("^[(（]\\s*P\\s*\\d+\\s*[)）]\\s*(.+?)[：:](.*)$");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]+)[”\"]");
  /** A page number or a dash line left between notes by the PDF conversion. */
  private static final Pattern JUNK = Pattern.compile("^[-—–\\s\\d第页/]*$");

  private GlossaryNotes() {}

  /** Entries of the notes in {@code paragraphs}, which start after the "附注：" line. */
  static List<GlossaryEntry> read(List<Paragraph> paragraphs, String region, String source) {
    List<String[]> notes = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      String text = CellText.clean(p.text());
      Matcher m = NOTE.matcher(text);
      if (m.matches()) {
        notes.add(new String[] {m.group(1).strip(), m.group(2).strip()});
      } else if (!notes.isEmpty() && !JUNK.matcher(text).matches()) {
        // a note cut by a page break continues here
        String[] last = notes.get(notes.size() - 1);
        last[1] = last[1] + text;
      }
    }
    List<GlossaryEntry> out = new ArrayList<>();
    for (String[] note : notes) {
      String term = note[0].replaceAll("[“”\"]", "");
      out.add(new GlossaryEntry(term, note[1], region, source));
      String core = quotedCore(note[0]);
      if (core != null && !core.equals(term)) {
        out.add(new GlossaryEntry(core, note[1], region, source));
      }
    }
    return out;
  }

  /**
   * The single quoted word of a label, when it is a word someone would look up on its own: at least
   * two Chinese characters ("组货人", "三资"), not a bare code like "1+6" or "1061".
   */
  private static String quotedCore(String label) {
    Matcher m = QUOTED.matcher(label);
    if (!m.find()) {
      return null;
    }
    String core = m.group(1).strip();
    if (m.find()) {
      return null;
    }
    return core.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2
        ? core
        : null;
  }
}
