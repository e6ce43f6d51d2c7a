package org.fenjie.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fenjie.search.LuceneTaskSearch;

/**
 * The settings of {@code fenjie serve}, from flags first, then FENJIE_* environment variables,
 * then defaults: port 7070 on 127.0.0.1 (only this machine, like Solr and Elasticsearch), index/,
 * web/ and seeds/ in the working directory, no admin token, any CORS origin.
 */
record ServeOptions(
    int port, String host, Path index, Path web, Path seeds, String adminToken, List<String> corsOrigins,
    Duration timeout) {

  static final String USAGE =
      """
      usage: fenjie serve [--port 7070] [--host 127.0.0.1] [--index index] [--web web] [--seeds seeds]
                          [--admin-token TOKEN] [--cors-origins https://a.example,https://b.example]
                          [--timeout 2s]

        Builds index/ from seeds/ when it is missing or older than the seeds, then serves the API
        and the page. Every flag has an environment variable: FENJIE_PORT, FENJIE_HOST,
        FENJIE_INDEX, FENJIE_WEB, FENJIE_SEEDS, FENJIE_ADMIN_TOKEN, FENJIE_CORS_ORIGINS, FENJIE_TIMEOUT.
        --host 0.0.0.0 exposes the server to the network. --admin-token (16+ characters) enables
        POST /admin/reload. --cors-origins limits which sites may call the API from a browser.
        --timeout (500ms, 2s, 2) is each search's time budget: past it the search answers with
        what it found so far and "partial": true.
      """;

  private static final List<String> FLAGS =
      List.of("port", "host", "index", "web", "seeds", "admin-token", "cors-origins", "timeout");

  static ServeOptions parse(List<String> args, Map<String, String> env) {
    Map<String, String> given = new java.util.HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'\n" + USAGE);
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("--" + name + " needs a value\n" + USAGE);
      }
      if (!FLAGS.contains(name)) {
        throw new UsageException("unknown option --" + name + "\n" + USAGE);
      }
      given.put(name, value);
    }
    for (String flag : FLAGS) {
      String fromEnv = env.get("FENJIE_" + flag.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      if (!given.containsKey(flag) && fromEnv != null && !fromEnv.isBlank()) {
        given.put(flag, fromEnv);
      }
    }
    String token = given.get("admin-token");
    return new ServeOptions(
        port(given.getOrDefault("port", "7070")),
        given.getOrDefault("host", "127.0.0.1"),
        Path.of(given.getOrDefault("index", "index")),
        Path.of(given.getOrDefault("web", "web")),
        Path.of(given.getOrDefault("seeds", "seeds")),
        token == null || token.isBlank() ? null : token,
        Arrays.stream(given.getOrDefault("cors-origins", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        timeout(given.get("timeout")));
  }

  /** {@code 500ms}, {@code 2s} or a number of seconds; the engine's default when not given. */
  static Duration timeout(String value) {
    if (value == null) {
      return LuceneTaskSearch.DEFAULT_TIME_BUDGET;
    }
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      Duration d =
          v.endsWith("ms") ? Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()))
              : Duration.ofMillis(Math.round(Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v) * 1000));
      if (!d.isNegative() && !d.isZero() && d.compareTo(Duration.ofMinutes(10)) <= 0) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the value the user gave
    }
    throw new UsageException("--timeout must be a time from 1ms to 10 minutes such as 500ms or 2s, not '" + value + "'");
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the value the user gave
    }
    throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
  }
}
