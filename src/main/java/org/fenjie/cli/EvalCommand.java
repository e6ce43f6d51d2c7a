package org.fenjie.cli;

import java.io.PrintStream;
import java.util.List;

/** `fenjie eval`: relevance figures (nDCG@10, recall@50, MRR) on the judged query set */
public final class EvalCommand implements Command {
  @Override
  public String name() {
    return "eval";
  }

  @Override
  public String summary() {
    return "relevance figures (nDCG@10, recall@50, MRR) on the judged query set";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    err.println("fenjie eval: coming soon");
    return 1;
  }
}
