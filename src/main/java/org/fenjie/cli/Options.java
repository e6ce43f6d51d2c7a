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
