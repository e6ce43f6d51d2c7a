package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.names.NameVariants;
import org.fenjie.ingest.names.NameVariants.Finding;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.TaskRow;
import org.fenjie.search.plan.UnitFamilies;

/**
 * `fenjie check [--aliases FILE] [FILE...]`: lists likely name variants (units, leaders) across the
 * documents for a human to confirm. It merges nothing; joining is done by editing the alias file.
 */
public final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "list likely name variants (units, leaders) for a human to confirm";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: fenjie check [--aliases FILE] [FILE...]   (default: every file in seeds/)");
      return 0;
    }
    Path aliasFile = aliasFile(args);
    List<Path> files = args.isEmpty() ? DocumentParser.documentsIn(Path.of("seeds")) : args.stream().map(Path::of).toList();
    ReviewedAliases aliases = aliasFile == null ? ReviewedAliases.load() : read(aliasFile);
    List<TaskRow> rows = new ArrayList<>();
    int failed = 0;
    DocumentParser parser = new DocumentParser();
    for (Path f : files) {
      try {
        rows.addAll(parser.parse(f).rows());
      } catch (MalformedDocumentException e) {
        err.println("fenjie check: skipped " + e.getMessage());
        failed++;
      }
    }
    print(new NameVariants(aliases).find(rows), files.size() - failed, rows.size(), aliasFile, out);
    printFamilies(rows, UnitFamilies.load(), out);
    return failed == 0 ? 0 : 1;
  }

  /** Removes "--aliases FILE" from {@code args} and returns FILE (null when absent); rejects other options. */
  private static Path aliasFile(List<String> args) {
    Path file = null;
    int at = args.indexOf("--aliases");
    if (at >= 0) {
      if (at + 1 >= args.size()) {
        throw new UsageException("--aliases needs a file");
      }
      file = Path.of(args.get(at + 1));
      args.subList(at, at + 2).clear();
    }
    args.stream().filter(a -> a.startsWith("-")).findFirst().ifPresent(a -> {
      throw new UsageException("unknown option " + a);
    });
    return file;
  }

  private static ReviewedAliases read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ReviewedAliases.read(r, file.toString());
    }
  }

  /**
   * The joins the reviewed unit families make (unit-families.tsv): per document, each printed unit a
   * family lists, with the family's other forms, and those forms printed in other documents.
   */
  static void printFamilies(List<TaskRow> rows, UnitFamilies families, PrintStream out) {
    Map<String, Set<String>> printedBy = new TreeMap<>();
    Map<String, Map<String, Integer>> byDocument = new TreeMap<>();
    for (TaskRow r : rows) {
      for (String unit : concat(r.leadUnits(), r.supportUnits())) {
        if (!families.family(unit).isEmpty()) {
          byDocument.computeIfAbsent(r.source(), d -> new TreeMap<>()).merge(unit, 1, Integer::sum);
          printedBy.computeIfAbsent(families.family(unit).get(0), f -> new TreeSet<>()).add(r.source() + " " + unit);
        }
      }
    }
    out.printf("%nunit families joined (src/main/resources/unit-families.tsv; a unit query or filter finds the whole family)%n");
    byDocument.forEach((doc, units) -> {
      out.println("   " + doc);
      units.forEach((unit, n) -> {
        List<String> family = families.family(unit);
        List<String> elsewhere = printedBy.get(family.get(0)).stream()
            .filter(p -> !p.startsWith(doc + " ")).toList();
        List<String> others = family.stream().filter(f -> !f.equals(CanonicalNames.normalise(unit))).toList();
        out.printf("        %s (%d %s) = %s%s%n", unit, n, n == 1 ? "row" : "rows", String.join(" ", others),
            elsewhere.isEmpty() ? "" : "; also printed: " + String.join(", ", elsewhere));
      });
    });
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void print(List<Finding> findings, int files, int rows, Path aliasFile, PrintStream out) {
    out.printf("fenjie check: %d files, %d rows, aliases from %s%n", files, rows,
        aliasFile == null ? "src/main/resources/aliases.tsv (built in)" : aliasFile);
    out.println("Nothing is merged here. Confirm each case; join real variants in the alias file.");
    out.println("Each name is followed by (times seen: row ids, …).");
    int section = 0;
    for (NameVariants.Kind kind : NameVariants.Kind.values()) {
      List<Finding> of = findings.stream().filter(f -> f.kind() == kind).toList();
      out.printf("%n%d. %s — %d%n", ++section, kind.title, of.size());
      if (of.isEmpty()) {
        out.println("   (none)");
      }
      for (Finding f : of) {
        out.printf("   %s  %s%s%n", f.region(), f.subject(), f.why() == null ? "" : "   [" + f.why() + "]");
        f.forms().forEach(form -> out.println("        " + form));
      }
    }
  }
}
