package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the fenjie CLI. Returns an exit code: 0 ok, 1 failure, 2 usage error. */
public interface Command {
  String name();

  /** One line for {@code --help}. */
  String summary();

  int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
