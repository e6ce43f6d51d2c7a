package org.fenjie.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.fenjie.search.plan.QueryText;

/**
 * How the HTTP service is set up: where the page lives, the admin token (null: no admin
 * endpoints), the origins allowed to call the API from a browser (empty or "*": any), and the limits
 * that keep one client from tying the server up.
 *
 * @param maxQueryChars longest q (and suggest/facet prefix) accepted, in characters
 * @param maxHeaderBytes longest request line plus headers; longer requests get 414 or 431
 * @param maxBodyBytes largest request body
 * @param idleTimeout how long a connection may send or receive nothing before it is closed
 */
public record HttpConfig(
    Path web,
    String adminToken,
    List<String> corsOrigins,
    int maxQueryChars,
    int maxHeaderBytes,
    long maxBodyBytes,
    Duration idleTimeout) {

  /** Shortest admin token accepted, so that a guessable one is refused at startup. */
  public static final int MIN_TOKEN_CHARS = 16;

  private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s?#]+");

  public HttpConfig {
    corsOrigins = corsOrigins.contains("*") ? List.of() : List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException(
            "a CORS origin is a scheme and host like https://www.example.gov.cn, with no path: not '" + origin + "'");
      }
    }
    if (adminToken != null && adminToken.length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException(
          "the admin token must be at least " + MIN_TOKEN_CHARS + " characters long");
    }
  }

  /** No admin token, any origin, and the default limits. */
  public static HttpConfig defaults(Path web) {
    return new HttpConfig(web, null, List.of(), QueryText.MAX_CHARS, 16 * 1024, 64 * 1024, Duration.ofSeconds(30));
  }

  public HttpConfig withAdminToken(String token) {
    return new HttpConfig(web, token, corsOrigins, maxQueryChars, maxHeaderBytes, maxBodyBytes, idleTimeout);
  }

  public HttpConfig withCorsOrigins(List<String> origins) {
    return new HttpConfig(web, adminToken, origins, maxQueryChars, maxHeaderBytes, maxBodyBytes, idleTimeout);
  }
}
