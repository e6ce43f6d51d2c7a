package org.fenjie.ingest.read;

import org.fenjie.ingest.MalformedDocumentException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a document's bytes into text, or refuses them naming the line: UTF-8 (a byte-order mark
 * dropped), UTF-16 with a byte-order mark (Windows "Unicode"), and GBK — much official text is
 * saved in it — read as GB18030, its superset. A file is taken for GBK only when it stops being
 * UTF-8 before its eighth Chinese character and reads as GB18030 into ordinary Chinese text (nine
 * in ten of its non-ASCII characters in GB2312); so a UTF-8 file with one bad byte or cut short
 * is reported as such, never turned into mojibake. Text with NUL bytes or mostly control characters
 * is binary, not a document.
 */
final class SourceEncoding {

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset GB2312 = Charset.forName("GB2312");
  /**
   * Chinese characters read as UTF-8 before the first bad byte that prove a file is UTF-8 (and
   * the bad byte a fault): GBK bytes form an accidental UTF-8 character now and then, but
   * almost never a Chinese one, let alone eight.
   */
  private static final int UTF8_EVIDENCE = 8;

  /** Decoded text and the charset it was read in. */
  record Decoded(String text, Charset charset) {}

  private SourceEncoding() {}

  static Decoded decode(String name, byte[] bytes) throws MalformedDocumentException {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return checked(name, new Decoded(strict(name, bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16));
    }
    CharsetDecoder utf8 = reporting(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = utf8.decode(in, out, true);
    if (!r.isError()) {
      utf8.flush(out);
      return checked(name, new Decoded(withoutBom(out.flip().toString()), StandardCharsets.UTF_8));
    }
    int bad = in.position();
    if (chineseCharacters(out.flip()) < UTF8_EVIDENCE) {
      String gbk = readsAsChinese(bytes);
      if (gbk != null) {
        return checked(name, new Decoded(gbk, GB18030));
      }
    }
    String why = bad + r.length() >= bytes.length
        ? "the file ends in the middle of a character (cut short?)"
        : "not valid UTF-8 (byte offset " + bad + ") and not GBK text either; convert the file to UTF-8 first";
    throw new MalformedDocumentException(name, lineAt(bytes, bad), why);
  }

  /** The text when the bytes are GB18030 and read as ordinary Chinese; null otherwise. */
  private static String readsAsChinese(byte[] bytes) {
    String text;
    try {
      text = reporting(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notGbk) {
      return null;
    }
    CharsetEncoder common = GB2312.newEncoder();
    long nonAscii = 0;
    long inGb2312 = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        inGb2312 += common.canEncode(c) ? 1 : 0;
      }
    }
    return nonAscii > 0 && inGb2312 * 10 >= nonAscii * 9 ? text : null;
  }

  /** Refuses binary content: a NUL byte, or more than one control character in fifty. */
  private static Decoded checked(String name, Decoded d) throws MalformedDocumentException {
    String text = d.text();
    int controls = 0;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == 0) {
        throw new MalformedDocumentException(name, line, "a NUL byte: this is a binary file, not a text document");
      } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls * 50L > text.length()) {
      throw new MalformedDocumentException(name, 0, controls + " control characters: this is a binary file, not a text document");
    }
    return d;
  }

  private static String strict(String name, byte[] bytes, Charset charset) throws MalformedDocumentException {
    try {
      return withoutBom(reporting(charset).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new MalformedDocumentException(name, 0, "starts like " + charset + " but is not valid " + charset);
    }
  }

  private static CharsetDecoder reporting(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int chineseCharacters(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c >= 0x4E00 && c <= 0x9FFF ? 1 : 0;
    }
    return n;
  }

  private static boolean startsWith(byte[] bytes, int b0, int b1) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == b0 && (bytes[1] & 0xFF) == b1;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
