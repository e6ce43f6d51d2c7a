package org.fenjie.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.search.SearchRequest;

/**
 * The Content-Disposition of an export: a name built from the query and filters
 * ("fenjie-海外仓-晋江市.csv") as RFC 5987 {@code filename*}, with an ASCII-only {@code filename}
 * fallback for clients that do not read the former.
 */
final class ExportFileName {

  static final String FALLBACK = "fenjie-export";
  private static final int MAX_CHARS = 60;

  private ExportFileName() {}

  static String contentDisposition(SearchRequest request) {
    String name = name(request);
    String ascii = name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("-$", "");
    if (!ascii.equals(name)) {
      ascii = FALLBACK;
    }
    return "attachment; filename=\"" + ascii + ".csv\"; filename*=UTF-8''" + percentEncode(name + ".csv");
  }

  /** Letters and digits of the query and filter values joined by '-', or the fallback when none. */
  static String name(SearchRequest request) {
    List<String> parts = new ArrayList<>();
    parts.add(request.q());
    for (String dim : SearchRequest.DIMENSIONS) {
      parts.addAll(request.filters().getOrDefault(dim, List.of()));
    }
    StringBuilder name = new StringBuilder("fenjie");
    for (String part : parts) {
      String clean = clean(part);
      if (!clean.isEmpty() && name.codePointCount(0, name.length()) + clean.length() < MAX_CHARS) {
        name.append('-').append(clean);
      }
    }
    return name.toString().equals("fenjie") ? FALLBACK : name.toString();
  }

  private static String clean(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(cp -> out.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '-'));
    return out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
  }

  /** RFC 5987 value-chars: unreserved ASCII as is, every other UTF-8 byte as %XX. */
  private static String percentEncode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
