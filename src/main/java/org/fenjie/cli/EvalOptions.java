package org.fenjie.cli;

import java.nio.file.Path;
import java.util.List;

/** The options of `fenjie eval`, read from its arguments; anything unknown is a usage error. */
record EvalOptions(Path index, Path seeds, Path set, int worst, Double minNdcg, Double minRecall) {

  static EvalOptions parse(List<String> args, String usage) {
    Path index = null;
    Path seeds = Path.of("seeds");
    Path set = null;
    int worst = 10;
    Double minNdcg = null;
    Double minRecall = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--help") || a.equals("-h")) {
        throw new UsageException(usage);
      }
      String v = i + 1 < args.size() ? args.get(i + 1) : null;
      if (v == null || !a.startsWith("--")) {
        throw new UsageException(usage);
      }
      i++;
      switch (a) {
        case "--index" -> index = Path.of(v);
        case "--seeds" -> seeds = Path.of(v);
        case "--set" -> set = Path.of(v);
        case "--worst" -> worst = (int) number(a, v, usage);
        case "--min-ndcg" -> minNdcg = number(a, v, usage);
        case "--min-recall" -> minRecall = number(a, v, usage);
        default -> throw new UsageException("unknown option " + a + "\n" + usage);
      }
    }
    return new EvalOptions(index, seeds, set, worst, minNdcg, minRecall);
  }

  private static double number(String option, String value, String usage) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a number, not '" + value + "'\n" + usage);
    }
  }
}
