package org.fenjie.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an HTML page's bytes become text: its byte-order mark, else the charset its meta tag declares
 * (charset=… or http-equiv Content-Type); GB2312 and GBK are read as GB18030, their superset, because pages
 * that declare GB2312 routinely hold GBK characters. A page that declares nothing is UTF-8 when it decodes
 * as UTF-8, else GB18030 (and the reader says so).
 */
record HtmlCharset(Charset charset, String guessed) {
  private static final Pattern DECLARED =
      Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset GB18030 = Charset.forName("GB18030");

  static HtmlCharset of(byte[] bytes) {
    if (Formats.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new HtmlCharset(StandardCharsets.UTF_8, null);
    }
    if (Formats.startsWith(bytes, 0xFE, 0xFF)) {
      return new HtmlCharset(StandardCharsets.UTF_16BE, null);
    }
    if (Formats.startsWith(bytes, 0xFF, 0xFE)) {
      return new HtmlCharset(StandardCharsets.UTF_16LE, null);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("cp936")) {
        return new HtmlCharset(GB18030, null);
      }
      try {
        return new HtmlCharset(Charset.forName(name), null);
      } catch (IllegalArgumentException unknown) {
        return guess(bytes, "declared charset \"" + m.group(1) + "\" is unknown");
      }
    }
    return guess(bytes, "no charset declared");
  }

  private static HtmlCharset guess(byte[] bytes, String why) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return new HtmlCharset(StandardCharsets.UTF_8, null);
    } catch (CharacterCodingException notUtf8) {
      return new HtmlCharset(GB18030, why + " and the page is not UTF-8: read as GB18030");
    }
  }

  String decode(byte[] bytes) {
    String s = new String(bytes, charset);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
