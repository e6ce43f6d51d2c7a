package org.fenjie.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a query string, decoded strictly as UTF-8: a malformed percent escape or a
 * byte sequence that is not UTF-8 is a {@link ClientError}, never a replacement character or a 500.
 * Raw (unescaped) non-ASCII text is accepted as it arrives.
 */
final class QueryParameters {

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  static QueryParameters parse(String queryString) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (queryString != null && !queryString.isEmpty()) {
      for (String pair : queryString.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new QueryParameters(values);
  }

  /** All values of a repeatable parameter, blanks dropped (an empty select box sends "unit="). */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
  }

  /** The single value of a parameter, or null when absent; given twice is an error. */
  String one(String name) {
    List<String> given = values.getOrDefault(name, List.of());
    if (given.size() > 1) {
      throw ClientError.badRequest("参数 " + name + " 出现了 " + given.size() + " 次，只能给一次");
    }
    return given.isEmpty() ? null : given.get(0);
  }

  private static String decode(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
          throw ClientError.badRequest("查询字符串的百分号编码有误：'" + excerpt(s, i) + "'");
        }
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        // Raw text (e.g. unescaped Chinese) arrives already decoded by the server: keep it as UTF-8,
        // a whole run at a time so that surrogate pairs (emoji) stay together.
        int end = i;
        while (end < s.length() && s.charAt(end) != '%' && s.charAt(end) != '+') {
          end++;
        }
        bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ClientError.badRequest("查询字符串解码后不是有效的 UTF-8");
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
  }

  private static String excerpt(String s, int at) {
    return s.substring(at, Math.min(s.length(), at + 3));
  }
}
