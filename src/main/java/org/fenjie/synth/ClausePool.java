package org.fenjie.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The clauses of the real task texts (split on ，；。), and new task texts recombined from them:
 * mostly a real task's own clauses, now and then one dropped, swapped for a clause of another
 * task or moved, so vocabulary and length stay those of real rows.
 */
final class ClausePool {

  private final List<String> all = new ArrayList<>();

  void add(String task) {
    all.addAll(split(task));
  }

  static List<String> split(String task) {
    List<String> out = new ArrayList<>();
    for (String c : task.split("[，；。]")) {
      String s = c.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** A task text in the style of {@code template}. */
  String recombine(String template, Random random) {
    List<String> clauses = split(template);
    if (clauses.isEmpty() || all.isEmpty()) {
      return template;
    }
    List<String> out = new ArrayList<>(clauses.size() + 1);
    for (String c : clauses) {
      int r = random.nextInt(100);
      if (r < 8 && clauses.size() > 1) {
        continue; // dropped
      }
      out.add(r < 25 ? all.get(random.nextInt(all.size())) : c);
    }
    if (out.isEmpty()) {
      out.add(clauses.get(0));
    }
    if (out.size() > 1 && random.nextInt(10) == 0) {
      out.add(out.remove(random.nextInt(out.size())));
    }
    if (random.nextInt(8) == 0) {
      out.add(all.get(random.nextInt(all.size())));
    }
    return String.join("，", out) + "。";
  }
}
