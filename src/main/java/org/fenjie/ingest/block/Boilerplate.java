package org.fenjie.ingest.block;

import java.util.regex.Pattern;

/** Lines a PDF extraction adds around a table that are not content: page numbers, the signature block, the print line. */
public final class Boilerplate {
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－\\s]*(第\\s*)?\\d{1,3}(\\s*页)?[-—–－\\s]*");
  private static final Pattern SIGNATURE = Pattern.compile(
      "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*)|([^各]\\p{IsHan}{0,10}[省市县区旗]人民政府(办公室|办公厅)?)|(.*印发)|(抄送[:：].*)|([（(]此件.*)");

  private Boilerplate() {}

  public static boolean isPageNumber(String line) {
    return PAGE_NUMBER.matcher(line).matches();
  }

  /** A line of the signature block after a table: issuing office, date, "…印发", "抄送：…", "（此件主动公开）". */
  public static boolean isSignature(String line) {
    return SIGNATURE.matcher(CellText.clean(line)).matches();
  }
}
