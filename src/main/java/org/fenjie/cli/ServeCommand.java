package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** `fenjie serve`: serve the search API and page on http://127.0.0.1:7070 */
public final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve the search API and page on http://127.0.0.1:7070";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    err.println("fenjie serve: coming soon");
    return 1;
  }
}
