package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** `fenjie parse`: print the rows of documents as JSON Lines */
public final class ParseCommand implements Command {
  @Override
  public String name() {
    return "parse";
  }

  @Override
  public String summary() {
    return "print the rows of documents as JSON Lines";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    err.println("fenjie parse: coming soon");
    return 1;
  }
}
