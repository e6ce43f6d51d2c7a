package org.fenjie.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point: {@code fenjie <command> [args]}. The only place that calls System.exit. */
public final class Main {

  static Map<String, Command> commands() {
    Map<String, Command> m = new LinkedHashMap<>();
    for (Command c :
        List.of(
            new ParseCommand(),
            new CheckCommand(),
            new IndexCommand(),
            new AddCommand(),
            new RemoveCommand(),
            new SearchCommand(),
            new EvalCommand(),
            new ServeCommand(),
            new SynthCommand(),
            new BenchCommand(),
            new LoadtestCommand())) {
      m.put(c.name(), c);
    }
    return m;
  }

  public static void main(String[] argv) {
    LuceneLogging.quietStartupAdvice();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(Arrays.asList(argv), out, err));
  }

  static int run(List<String> argv, PrintStream out, PrintStream err) {
    Map<String, Command> commands = commands();
    if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
      usage(commands, out);
      return argv.isEmpty() ? 2 : 0;
    }
    Command c = commands.get(argv.get(0));
    if (c == null) {
      err.println("fenjie: unknown command '" + argv.get(0) + "'");
      usage(commands, err);
      return 2;
    }
    try {
      return c.run(new ArrayList<>(argv.subList(1, argv.size())), out, err);
    } catch (UsageException e) {
      if (argv.contains("--help") || argv.contains("-h")) {
        out.println(e.getMessage()); // asked for: the usage is the answer, not an error
        return 0;
      }
      err.println("fenjie " + c.name() + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      if (IoProblem.isIo(e)) {
        err.println("fenjie " + c.name() + ": " + IoProblem.describe(e));
        return 1;
      }
      err.println("fenjie " + c.name() + ": " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  private static void usage(Map<String, Command> commands, PrintStream out) {
    out.println("usage: fenjie <command> [args]");
    out.println();
    for (Command c : commands.values()) {
      out.printf("  %-8s %s%n", c.name(), c.summary());
    }
    out.println();
    out.println("  test     (launcher only) run the whole test suite, browser tests included");
    out.println();
    out.println("Run 'fenjie <command> --help' for a command's options.");
  }

  private Main() {}
}
