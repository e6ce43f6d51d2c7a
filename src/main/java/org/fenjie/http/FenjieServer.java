package org.fenjie.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import org.fenjie.search.TaskSearch;

/** A started fenjie service on one host and port; closing it stops the server (not the search). */
public final class FenjieServer implements AutoCloseable {

  private final Javalin app;
  private final String host;

  private FenjieServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts listening; port 0 picks a free port. Fails with a message naming the port when it is taken. */
  public static FenjieServer start(TaskSearch search, HttpConfig config, String host, int port)
      throws BindException {
    Javalin app = FenjieApp.create(search, config);
    try {
      return new FenjieServer(app.start(host, port), host);
    } catch (JavalinBindException e) {
      app.stop();
      BindException bind =
          new BindException(
              "cannot listen on " + host + ":" + port + " (" + e.getMessage()
                  + "); stop whatever uses it or choose another port with --port");
      bind.initCause(e);
      throw bind;
    }
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser; a wildcard host is shown as 127.0.0.1. */
  public String url() {
    boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    String shown = wildcard ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
