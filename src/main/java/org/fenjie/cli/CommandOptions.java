package org.fenjie.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} options of one command, checked against the names it knows: an unknown
 * option, a missing value or a value of the wrong form is a {@link UsageException} naming it.
 */
final class CommandOptions {

  private final Map<String, String> values = new HashMap<>();
  private final boolean help;

  private CommandOptions(Map<String, String> values, boolean help) {
    this.values.putAll(values);
    this.help = help;
  }

  /** Parses {@code args}; {@code known} are the option names without the leading dashes. */
  static CommandOptions parse(List<String> args, Set<String> known) throws UsageException {
    Map<String, String> values = new HashMap<>();
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--help") || a.equals("-h")) {
        help = true;
        continue;
      }
      String name = a.startsWith("--") ? a.substring(2) : null;
      if (name == null || !known.contains(name)) {
        throw new UsageException("unknown option " + a);
      }
      if (i + 1 >= args.size()) {
        throw new UsageException(a + " needs a value");
      }
      values.put(name, args.get(++i));
    }
    return new CommandOptions(values, help);
  }

  boolean help() {
    return help;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  Path path(String name) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      throw new UsageException("--" + name + " is required");
    }
    return Path.of(v);
  }

  long number(String name, long fallback) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.replace("_", "").replace(",", ""));
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " needs a whole number ≥ 0, not '" + v + "'");
    }
  }

  /** A comma-separated list of positive whole numbers, e.g. {@code --threads 1,2}. */
  List<Integer> numbers(String name, List<Integer> fallback) throws UsageException {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    List<Integer> out = new ArrayList<>();
    for (String part : v.split(",")) {
      try {
        int n = Integer.parseInt(part.strip());
        if (n < 1) {
          throw new NumberFormatException();
        }
        out.add(n);
      } catch (NumberFormatException e) {
        throw new UsageException("--" + name + " needs numbers ≥ 1 separated by commas, not '" + v + "'");
      }
    }
    return out;
  }
}
