package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** `fenjie check`: list likely name variants (units, leaders) for a human to confirm */
public final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "list likely name variants (units, leaders) for a human to confirm";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    err.println("fenjie check: coming soon");
    return 1;
  }
}
