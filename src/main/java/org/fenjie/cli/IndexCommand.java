package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** `fenjie index`: rebuild index/ from seeds/ (written aside, swapped in when complete) */
public final class IndexCommand implements Command {
  @Override
  public String name() {
    return "index";
  }

  @Override
  public String summary() {
    return "rebuild index/ from seeds/ (written aside, swapped in when complete)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.contains("--rows")) {
      return new RowsFileIndexer().run(args, out, err); // rows already structured: JSON Lines
    }
    err.println("fenjie index: coming soon");
    return 1;
  }
}
