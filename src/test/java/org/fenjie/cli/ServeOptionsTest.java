package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fenjie serve` options: flags over environment over defaults, and clear refusals. */
class ServeOptionsTest {

  @Test
  void defaultsListenOnlyOnThisMachineOnPort7070() {
    ServeOptions o = ServeOptions.parse(List.of(), Map.of());
    assertEquals(7070, o.port());
    assertEquals("127.0.0.1", o.host());
    assertEquals(Path.of("index"), o.index());
    assertEquals(Path.of("web"), o.web());
    assertNull(o.adminToken());
    assertEquals(List.of(), o.corsOrigins());
  }

  @Test
  void flagsWinOverEnvironmentVariables() {
    Map<String, String> env =
        Map.of("FENJIE_PORT", "8080", "FENJIE_HOST", "0.0.0.0", "FENJIE_INDEX", "/srv/index",
            "FENJIE_ADMIN_TOKEN", "from-the-environment", "FENJIE_CORS_ORIGINS", "https://a.gov.cn, https://b.gov.cn");
    ServeOptions fromEnv = ServeOptions.parse(List.of(), env);
    assertEquals(8080, fromEnv.port());
    assertEquals("0.0.0.0", fromEnv.host());
    assertEquals(Path.of("/srv/index"), fromEnv.index());
    assertEquals("from-the-environment", fromEnv.adminToken());
    assertEquals(List.of("https://a.gov.cn", "https://b.gov.cn"), fromEnv.corsOrigins());

    ServeOptions flags = ServeOptions.parse(List.of("--port", "9090", "--index=idx", "--web", "site"), env);
    assertEquals(9090, flags.port());
    assertEquals(Path.of("idx"), flags.index());
    assertEquals(Path.of("site"), flags.web());
    assertEquals("0.0.0.0", flags.host());
  }

  @Test
  void badOptionsAreUsageErrorsThatSayWhatIsWrong() {
    assertTrue(assertThrows(UsageException.class, () -> ServeOptions.parse(List.of("--port", "http"), Map.of()))
        .getMessage().contains("--port must be a number from 0 to 65535, not 'http'"));
    assertTrue(assertThrows(UsageException.class, () -> ServeOptions.parse(List.of("--prot", "1"), Map.of()))
        .getMessage().startsWith("unknown option --prot"));
    assertTrue(assertThrows(UsageException.class, () -> ServeOptions.parse(List.of("--index"), Map.of()))
        .getMessage().startsWith("--index needs a value"));
    ServeOptions shortToken = ServeOptions.parse(List.of("--admin-token", "abc"), Map.of());
    assertTrue(assertThrows(UsageException.class, () -> ServeCommand.httpConfig(shortToken))
        .getMessage().contains("at least 16 characters"));
    ServeOptions badOrigin = ServeOptions.parse(List.of("--cors-origins", "https://a.gov.cn/page"), Map.of());
    assertTrue(assertThrows(UsageException.class, () -> ServeCommand.httpConfig(badOrigin))
        .getMessage().contains("not 'https://a.gov.cn/page'"));
  }

  @Test
  void startupFailsFastNamingAMissingPathAndTheFix(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new ServeCommand()
            .run(List.of("--web", dir.resolve("nope").toString(), "--port", "0"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains(dir.resolve("nope").toString()) && message.contains("--web DIR"), message);

    Files.createDirectory(dir.resolve("web"));
    ServeOptions noData =
        ServeOptions.parse(List.of("--web", dir.resolve("web").toString(), "--index", dir.resolve("i").toString(),
            "--seeds", dir.resolve("s").toString()), Map.of());
    String problem = ServeCommand.missingPath(noData);
    assertTrue(problem.contains("no index at") && problem.contains("--seeds DIR"), problem);

    // An index whose pointer names nothing: refused with the path and the fix, not a stack trace.
    Files.createDirectories(dir.resolve("broken"));
    Files.writeString(dir.resolve("broken").resolve("CURRENT"), "gen-gone", StandardCharsets.UTF_8);
    err.reset();
    code = new ServeCommand().run(List.of("--web", dir.resolve("web").toString(), "--index", dir.resolve("broken").toString(),
        "--seeds", dir.resolve("s").toString(), "--port", "0"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    String broken = err.toString(StandardCharsets.UTF_8);
    assertTrue(broken.contains(dir.resolve("broken").toString()) && broken.contains("delete it and run serve again"), broken);
  }

  @Test
  void theTimeBudgetIsTwoSecondsByDefaultAndReadsMillisecondsOrSeconds() {
    assertEquals(java.time.Duration.ofSeconds(2), ServeOptions.parse(List.of(), Map.of()).timeout());
    assertEquals(java.time.Duration.ofMillis(500), ServeOptions.parse(List.of("--timeout", "500ms"), Map.of()).timeout());
    assertEquals(java.time.Duration.ofMillis(1500), ServeOptions.parse(List.of("--timeout=1.5s"), Map.of()).timeout());
    assertEquals(java.time.Duration.ofSeconds(3), ServeOptions.parse(List.of(), Map.of("FENJIE_TIMEOUT", "3")).timeout());
    for (String bad : List.of("0", "-1s", "soon", "1h")) {
      UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
          () -> ServeOptions.parse(List.of("--timeout", bad), Map.of()));
      org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("--timeout"), e.getMessage());
    }
  }
}
