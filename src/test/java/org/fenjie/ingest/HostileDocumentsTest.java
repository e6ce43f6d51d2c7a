package org.fenjie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.fenjie.model.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that are empty, cut short, binary, huge, in GBK or in a layout nobody knows: each is
 * either read correctly or refused with an error naming the file and the line.
 */
class HostileDocumentsTest {

  static final Path SEED = Path.of("seeds/004_c0ca6c59d42007b8.txt");
  static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;
  private final DocumentParser parser = new DocumentParser();

  private MalformedDocumentException refused(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> parser.parse(f), name);
    assertEquals(name, e.fileName());
    assertTrue(e.getMessage().startsWith(name + ":" + e.line() + ": "), e.getMessage());
    return e;
  }

  @Test
  void emptyAndBlankFilesAreRefused() throws IOException {
    for (String content : List.of("", "\n", " \r\n\t\n", "\uFEFF", "\u3000\n")) {
      assertTrue(refused("empty.txt", content.getBytes(StandardCharsets.UTF_8)).getMessage().contains("empty file"));
    }
  }

  @Test
  void aFileCutInsideACharacterNamesItsLastLine() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    byte[] cut = Arrays.copyOf(seed, seed.length / 2);
    while ((cut[cut.length - 1] & 0xC0) == 0x80 || (cut[cut.length - 1] & 0x80) == 0) {
      cut = Arrays.copyOf(cut, cut.length - 1); // end on the first byte of a Chinese character
    }
    MalformedDocumentException e = refused("cut.txt", cut);
    assertEquals(new String(cut, StandardCharsets.UTF_8).split("\n", -1).length, e.line());
    assertTrue(e.getMessage().contains("cut short"), e.getMessage());
  }

  @Test
  void aFileCutBeforeItsFirstRowIsRefusedNotEmpty() throws IOException {
    List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
    int header = 0;
    while (!lines.get(header).contains("序号")) {
      header++;
    }
    String head = String.join("\n", lines.subList(0, header + 1)) + "\n";
    MalformedDocumentException e = refused("head.txt", head.getBytes(StandardCharsets.UTF_8));
    assertEquals(header + 1, e.line(), e.getMessage());
  }

  @Test
  void binaryFilesAreRefused() throws IOException {
    Random random = new Random(7);
    byte[] noise = new byte[64 * 1024];
    random.nextBytes(noise);
    byte[] noNul = noise.clone();
    for (int i = 0; i < noNul.length; i++) {
      noNul[i] = noNul[i] == 0 ? 1 : noNul[i];
    }
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(SEED));
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    byte[] controls = new byte[4_000];
    Arrays.fill(controls, (byte) 0x07);
    for (byte[] bytes : List.of(noise, noNul, gz.toByteArray(), png, controls)) {
      refused("binary.txt", bytes);
    }
  }

  @Test
  void aHundredMegabyteFileIsRefusedUnreadAndTheNextOneIsStillRead() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] seed = Files.readAllBytes(SEED);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 100L * 1024 * 1024; written += seed.length) {
        out.write(seed);
      }
    }
    MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> parser.parse(big));
    assertEquals("big.txt", e.fileName());
    assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("MB"), e.getMessage());
    assertEquals(parser.parse(SEED).rows().size(), 110);
  }

  @Test
  void aGbkReEncodingOfASeedGivesTheSameRowsAndSaysSo() throws Exception {
    ParsedDocument utf8 = parser.parse(SEED);
    for (String eol : List.of("\n", "\r\n")) {
      Path gbk = dir.resolve(SEED.getFileName());
      Files.write(gbk, Files.readString(SEED, StandardCharsets.UTF_8).replace("\n", eol).getBytes(GBK));
      ParsedDocument read = parser.parse(gbk);
      assertEquals(utf8.rows(), read.rows());
      assertEquals(utf8.glossary(), read.glossary());
      assertTrue(read.warnings().get(0).message().contains("GB18030"), read.warnings().get(0).toString());
    }
    Path utf16 = dir.resolve(SEED.getFileName());
    Files.write(utf16, Files.readString(SEED, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
    assertEquals(utf8.rows(), parser.parse(utf16).rows(), "UTF-16 with a byte-order mark (Windows 'Unicode')");
  }

  @Test
  void aUtf8FileWithOneBadByteIsNotMistakenForGbk() throws IOException {
    byte[] seed = Files.readAllBytes(SEED);
    int at = seed.length / 3;
    while ((seed[at] & 0xC0) != 0xC0) {
      at++;
    }
    seed[at + 1] = '!'; // breaks one Chinese character in the middle of the file
    MalformedDocumentException e = refused("onebad.txt", seed);
    assertEquals(new String(seed, 0, at, StandardCharsets.UTF_8).split("\n", -1).length, e.line());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void aTableInAnUnknownLayoutNamesItsHeaderLine() throws IOException {
    String projects = """
        某某县人民政府办公室关于印发2026年重点项目清单的通知
        某政办〔2026〕3号
        序号\t项目名称\t建设地点\t总投资（万元）\t年度计划
        1\t污水处理厂扩建\t城关镇\t12000\t6000
        2\t滨江公园二期\t滨江街道\t8000\t3000
        """;
    MalformedDocumentException e = refused("projects.txt", projects.getBytes(StandardCharsets.UTF_8));
    assertEquals(3, e.line(), e.getMessage());
  }
}
