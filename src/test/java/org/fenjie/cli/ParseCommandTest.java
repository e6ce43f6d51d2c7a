package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;

  @Test
  void printsRowsAsJsonLinesWithTheContractKeysInOrder() throws Exception {
    Result r = run("seeds/003_de05cf948f9c50f8.txt");
    assertEquals(0, r.code);
    List<String> lines = r.out.lines().toList();
    assertEquals(88, lines.size());
    JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertEquals(List.of("id", "region", "year", "kind", "docNo", "docTitle", "docDate", "source", "section", "seq",
        "task", "leadUnits", "supportUnits", "leaders", "overseers", "extra"), new ArrayList<>(first.keySet()));
    assertEquals("nanan-2026-breakdown-1", first.get("id").getAsString());
    assertEquals("003_de05cf948f9c50f8.txt: 88 rows, 0 flagged, 0 warnings", r.err.strip());
  }

  @Test
  void aLeaderWithoutAUnitIsWrittenWithUnitNull() throws Exception {
    Path f = dir.resolve("extra-leader.txt");
    Files.writeString(f, "某某县人民政府文件\n某某县人民政府关于2026年任务分解的通知\n2026年1月2日\n"
        + "序号\t工作任务\t责任单位\t责任领导\n1\t建设一批项目。\t县发改局\t张三 李四\n", StandardCharsets.UTF_8);
    Result r = run(f.toString());
    assertTrue(r.out.contains("{\"name\":\"李四\",\"unit\":null}"), r.out);
    assertTrue(r.err.contains("1 rows, 1 flagged"), r.err);
  }

  @Test
  void aFileNoLayoutReadsFailsWithFileAndLineWhileTheOthersArePrinted() throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "这不是一个表格\n只是几行字\n", StandardCharsets.UTF_8);
    Result r = run(bad.toString(), "seeds/004_c0ca6c59d42007b8.txt");
    assertEquals(1, r.code);
    assertEquals(110, r.out.lines().count());
    assertTrue(r.err.contains("bad.txt:0: not a known layout"), r.err);
    assertTrue(r.err.contains("004_c0ca6c59d42007b8.txt: 110 rows"), r.err);
  }

  @Test
  void noFilesIsAUsageError() throws Exception {
    assertEquals(2, Main.run(List.of("parse"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... files) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("parse"));
    args.addAll(List.of(files));
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
