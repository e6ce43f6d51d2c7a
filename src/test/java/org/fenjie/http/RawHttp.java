package org.fenjie.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whole requests written byte for byte on a socket: request lines and bytes that an HTTP client
 * library refuses to send (spaces and control characters in the target, raw non-UTF-8 bytes,
 * bad versions), and the answer read back without any interpretation beyond status and body.
 */
final class RawHttp {

  /** What came back: the status (0 when the server closed without answering), headers and body. */
  record Answer(int status, String headers, String body) {}

  private RawHttp() {}

  static Answer exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      byte[] response = readAll(socket.getInputStream());
      int split = indexOf(response, new byte[] {'\r', '\n', '\r', '\n'});
      if (response.length < 12 || split < 0) {
        return new Answer(0, "", new String(response, StandardCharsets.ISO_8859_1));
      }
      String head = new String(response, 0, split, StandardCharsets.ISO_8859_1);
      byte[] body = Arrays.copyOfRange(response, split + 4, response.length);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      return new Answer(Integer.parseInt(head.substring(9, 12)), head, new String(body, StandardCharsets.UTF_8));
    }
  }

  /** A GET with this request target, closing the connection after the answer. */
  static byte[] get(byte[] target) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("GET ".getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(target);
    b.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  /** Reads one answer: up to its Content-Length, its last chunk, or the end of the connection. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        if (complete(out.toByteArray())) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException cutOff) {
      // An answer followed by a reset still counts as the answer.
    }
    return out.toByteArray();
  }

  private static boolean complete(byte[] response) {
    int split = indexOf(response, new byte[] {'\r', '\n', '\r', '\n'});
    if (split < 0) {
      return false;
    }
    String head = new String(response, 0, split, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int body = response.length - split - 4;
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
    if (length.find()) {
      return body >= Long.parseLong(length.group(1));
    }
    if (head.contains("transfer-encoding: chunked")) {
      return new String(response, StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n");
    }
    return false;
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int eol = indexOf(Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(new String(chunked, at, eol, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, at + eol + 2, size);
      at = at + eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
