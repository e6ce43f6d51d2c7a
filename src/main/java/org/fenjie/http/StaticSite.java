package org.fenjie.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The page and the widget from the web/ directory on disk, read at request time so that an edited
 * page shows without a restart. Until the page exists, / answers with a short placeholder that
 * points at the API.
 */
final class StaticSite {

  static final String PLACEHOLDER =
      """
      <!doctype html>
      <html lang="zh-CN"><head><meta charset="utf-8"><title>fenjie 分解</title></head>
      <body>
      <h1>fenjie 分解</h1>
      <p>检索页面尚未安装（web/index.html 不存在）。The search page is not installed yet; the API works:</p>
      <ul>
      <li><a href="/api/search?q=%E6%B5%B7%E5%A4%96%E4%BB%93">/api/search?q=海外仓</a></li>
      <li><a href="/api/suggest?q=%E9%99%88">/api/suggest?q=陈</a></li>
      <li><a href="/health">/health</a></li>
      </ul>
      </body></html>
      """;

  static final String HTML_UTF8 = "text/html; charset=utf-8";

  private final Path web;

  StaticSite(Path web) {
    this.web = web;
  }

  void register(JavalinConfig config) {
    if (Files.isDirectory(web)) {
      config.staticFiles.add(
          files -> {
            files.hostedPath = "/";
            files.directory = web.toAbsolutePath().toString();
            files.location = Location.EXTERNAL;
            // Dotfiles (.gitkeep, an editor's .swp, a stray .env) are never part of the site.
            files.skipFileFunction = request -> request.getRequestURI().contains("/.");
            // Say UTF-8 outright: a script without a charset is decoded in its host page's
            // encoding, and county sites are often GBK, which turns the widget's Chinese to mojibake.
            files.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
            files.mimeTypes.add("text/css; charset=utf-8", "css");
            files.mimeTypes.add("text/html; charset=utf-8", "html", "htm");
            files.mimeTypes.add("text/plain; charset=utf-8", "txt");
            files.mimeTypes.add("image/svg+xml; charset=utf-8", "svg");
            files.mimeTypes.add("application/json; charset=utf-8", "json", "map");
            files.mimeTypes.add("application/manifest+json; charset=utf-8", "webmanifest");
          });
    }
    config.routes.get("/", this::index);
  }

  private void index(Context ctx) throws IOException {
    Path index = web.resolve("index.html");
    String html = Files.isRegularFile(index) ? Files.readString(index, StandardCharsets.UTF_8) : PLACEHOLDER;
    ctx.contentType(HTML_UTF8).result(html);
  }
}
