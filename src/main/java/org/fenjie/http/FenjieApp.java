package org.fenjie.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.fenjie.search.TaskSearch;

/**
 * Builds the fenjie HTTP service over any {@link TaskSearch}: the JSON API, CSV export, the
 * static page, CORS, security headers, limits, access log and JSON errors. Returns the server
 * unstarted; the caller picks host and port and owns both the server and the search.
 */
public final class FenjieApp {

  static final String JSON_UTF8 = "application/json; charset=utf-8";

  private FenjieApp() {}

  public static Javalin create(TaskSearch search, HttpConfig config) {
    GsonMapper json = new GsonMapper();
    return Javalin.create(
        c -> {
          c.jsonMapper(json);
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.http.compressionStrategy = CompressionStrategy.GZIP;
          limits(c, config);
          c.requestLogger.http(AccessLog::log);
          c.routes.before(SecurityHeaders::apply);
          c.routes.before(new BodyLimit(config.maxBodyBytes())::apply);
          routes(c, search, config, json);
          new StaticSite(config.web()).register(c);
          // JSON is UTF-8 by definition, but some Windows clients still guess Latin-1 without the parameter.
          c.routes.after(
              ctx -> {
                if ("application/json".equals(ctx.res().getContentType())) {
                  ctx.contentType(JSON_UTF8);
                }
              });
          ErrorResponses.register(c);
        });
  }

  /** The API with its CORS policy, and the admin endpoints only when a token is configured. */
  private static void routes(JavalinConfig c, TaskSearch search, HttpConfig config, GsonMapper json) {
    SearchParameters params = new SearchParameters(config.maxQueryChars());
    ApiRoutes api = new ApiRoutes(search, params, json, config.recovery());
    CsvExport export = new CsvExport(search, params);
    CorsPolicy cors = new CorsPolicy(config.corsOrigins());
    c.routes.before(cors::apply);
    c.routes.options("/api/*", cors::preflight);
    c.routes.options("/health", cors::preflight);
    c.routes.get("/api/search", api::search);
    c.routes.get("/api/tasks/{id}", api::task);
    c.routes.get("/api/suggest", api::suggest);
    c.routes.get("/api/facets/{dim}", api::facet);
    c.routes.get("/api/export", export::export);
    c.routes.get("/health", api::health);
    if (config.adminToken() != null) {
      AdminRoutes admin = new AdminRoutes(search, config.adminToken());
      c.routes.post("/admin/reload", admin::reload);
    }
  }

  /** Bounds on what one request may send and how slowly, so that no client holds a worker forever. */
  private static void limits(JavalinConfig c, HttpConfig config) {
    c.http.maxRequestSize = config.maxBodyBytes();
    c.jetty.modifyHttpConfiguration(
        http -> {
          http.setRequestHeaderSize(config.maxHeaderBytes());
          http.setIdleTimeout(config.idleTimeout().toMillis());
          // A request body trickling in slower than this is cut off.
          http.setMinRequestDataRate(1024);
          http.setSendServerVersion(false);
          // Jetty's per-connection header cache matches values ignoring case by default, so on a
          // kept-alive connection "Bearer abc" after "Bearer ABC" reached the handler as the
          // earlier value: an Authorization header must arrive exactly as sent.
          http.setHeaderCacheCaseSensitive(true);
        });
    c.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new ServerErrorPage(config.maxHeaderBytes()));
          // The HttpConfiguration's idle timeout covers a request being handled; a connection that
          // sends half a request and then nothing is ended by the connector's own idle timeout,
          // which otherwise stays at Jetty's default (30 s) whatever was configured.
          server.addEventListener(
              new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                  for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector a) {
                      a.setIdleTimeout(config.idleTimeout().toMillis());
                    }
                  }
                }
              });
        });
  }
}
