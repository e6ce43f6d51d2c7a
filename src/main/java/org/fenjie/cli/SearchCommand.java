package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** `fenjie search`: search the index from the terminal: hits, highlights, facet counts */
public final class SearchCommand implements Command {
  @Override
  public String name() {
    return "search";
  }

  @Override
  public String summary() {
    return "search the index from the terminal: hits, highlights, facet counts";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    err.println("fenjie search: coming soon");
    return 1;
  }
}
