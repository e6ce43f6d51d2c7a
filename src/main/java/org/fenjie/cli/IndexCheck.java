package org.fenjie.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fenjie.index.DamagedIndexException;
import org.fenjie.index.IndexIntegrity;
import org.fenjie.index.IndexLocation;

/**
 * {@code fenjie index --check [--index DIR] [--verbose]}: reads every file of the served generation
 * against its checksum and runs Lucene's CheckIndex on its rows and suggester indexes. Exit 0 when
 * both are intact, 1 naming the damaged file otherwise (serve would rebuild or refuse it).
 */
final class IndexCheck {

  int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, List.of("--index"), List.of("--check", "--verbose"));
    if (!o.positional().isEmpty()) {
      throw new UsageException("usage: fenjie index --check [--index DIR] [--verbose]");
    }
    Path index = Path.of(o.value("--index", "index"));
    Optional<Path> generation = new IndexLocation(index).current();
    if (generation.isEmpty()) {
      err.println("fenjie index --check: no index in " + index.toAbsolutePath());
      return 1;
    }
    out.println("checking " + generation.get());
    boolean intact = true;
    try {
      IndexIntegrity.verify(generation.get());
      out.println("checksums: every file intact");
    } catch (DamagedIndexException e) {
      out.println("checksums: DAMAGED " + e.file() + ": " + e.problem());
      intact = false;
    }
    for (IndexIntegrity.PartReport r : IndexIntegrity.check(generation.get())) {
      out.printf("CheckIndex %-8s %s: %d segment(s), %d documents%s%n", r.part(), r.clean() ? "OK" : "DAMAGED",
          r.segments(), r.documents(), r.clean() ? "" : " — " + r.problem());
      if (o.has("--verbose") || !r.clean()) {
        r.log().lines().forEach(l -> out.println("    " + l));
      }
      intact &= r.clean();
    }
    if (!intact) {
      err.println("fenjie index --check: the index at " + index + " is damaged; 'fenjie serve' rebuilds one built from"
          + " seeds/, 'fenjie index' (or 'fenjie index --rows FILE') writes a new one");
      return 1;
    }
    return 0;
  }
}
