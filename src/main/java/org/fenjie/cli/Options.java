package org.fenjie.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of one subcommand: named options taking a value (repeatable), flags, and
 * the remaining positional words. Unknown options are a usage error, not silently ignored.
 */
record Options(Map<String, List<String>> values, Set<String> flags, List<String> positional) {

  static Options parse(List<String> args, List<String> withValue, List<String> flagNames) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (withValue.contains(a)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(a + " needs a value");
        }
        values.computeIfAbsent(a, k -> new ArrayList<>()).add(args.get(++i));
      } else if (flagNames.contains(a) || a.equals("--help") || a.equals("-h")) {
        flags.add(a.equals("-h") ? "--help" : a);
      } else if (a.startsWith("--")) {
        throw new UsageException("unknown option " + a);
      } else {
        positional.add(a);
      }
    }
    return new Options(values, flags, positional);
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  String value(String name, String fallback) {
    List<String> v = values.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** A whole number ≥ 0 that may be written 1_000_000 or 1,000,000 (row counts). */
  long longValue(String name, long fallback) {
    String v = value(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.replace("_", "").replace(",", ""));
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " needs a whole number ≥ 0, not '" + v + "'");
  }

  /** Numbers ≥ 1 separated by commas, e.g. {@code --threads 1,2}. */
  List<Integer> intList(String name, List<Integer> fallback) {
    String v = value(name, null);
    if (v == null) {
      return fallback;
    }
    List<Integer> out = new ArrayList<>();
    for (String part : v.split(",")) {
      try {
        int n = Integer.parseInt(part.strip());
        if (n >= 1) {
          out.add(n);
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException(name + " needs numbers ≥ 1 separated by commas, not '" + v + "'");
    }
    return out;
  }

  int intValue(String name, int fallback) {
    String v = value(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a number, not '" + v + "'");
    }
  }
}
