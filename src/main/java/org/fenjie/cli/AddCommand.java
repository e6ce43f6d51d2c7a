package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fenjie.index.IndexBuildException;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.RowJson;
import org.fenjie.pipeline.SeedIndexing;

/**
 * `fenjie add FILE…`: copies each file into seeds/ as received, then rebuilds and swaps the index
 * the way `fenjie index` does, under the lock `index` takes too. Every file is read first, from a
 * copy under the name it will have, and nothing changes unless all of them can be read.
 *
 * <p>Order, so that a kill at any moment is recoverable: (1) the copy is written under a hidden
 * name and renamed into place — killed before, seeds/ is as before and the hidden leftover is
 * dropped by the next add; (2) the index is written aside and swapped in by the index's own atomic
 * swap — killed before the swap, seeds/ is as after and the old index still serves; it is then
 * stale, so `fenjie index` (or `fenjie serve`, which rebuilds a stale index at start) brings the
 * document in. Replaced and removed documents go to seeds/.removed/, never deleted.
 */
public final class AddCommand implements Command {
  static final String USAGE =
      "usage: fenjie add [--dry-run] [--replace] [--seeds DIR] [--index DIR] [--wait SECONDS] FILE...\n"
          + "  copies each FILE into seeds/ and swaps in a new index; --dry-run prints the rows and warnings\n"
          + "  and changes nothing; --replace replaces a document of the same name or the same bytes";

  @Override
  public String name() {
    return "add";
  }

  @Override
  public String summary() {
    return "add documents to seeds/ and swap in a new index (--dry-run shows the rows first)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, List.of("--seeds", "--index", "--wait"), List.of("--dry-run", "--replace"));
    if (o.positional().isEmpty() || o.has("--help")) {
      throw new UsageException(USAGE);
    }
    SeedsFolder seeds = new SeedsFolder(Path.of(o.value("--seeds", "seeds")));
    Path index = Path.of(o.value("--index", "index"));
    Path staging = Files.createTempDirectory("fenjie-add-");
    try {
      Map<String, Path> staged = new LinkedHashMap<>();
      Map<String, ParsedDocument> parsed = new LinkedHashMap<>();
      int refused = 0;
      for (String a : o.positional()) {
        try {
          Path file = Path.of(a);
          if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + a);
          }
          String name = SeedsFolder.cleanName(file.getFileName().toString());
          if (staged.containsKey(name)) {
            throw new IOException("given twice (as " + name + ")");
          }
          Path copy = Files.copy(file, Files.createDirectories(staging.resolve("f" + staged.size())).resolve(name),
              StandardCopyOption.COPY_ATTRIBUTES);
          parsed.put(name, new DocumentParser().parse(copy));
          staged.put(name, copy);
        } catch (MalformedDocumentException e) {
          err.println("REFUSED " + a + ": " + e.getMessage());
          refused++;
        } catch (IOException e) {
          err.println("REFUSED " + a + ": " + IoProblem.describe(e));
          refused++;
        }
      }
      for (ParsedDocument d : parsed.values()) {
        if (o.has("--dry-run")) {
          d.rows().forEach(r -> out.println(RowJson.write(r)));
        }
        err.println(ParseCommand.summaryLine(d));
        d.warnings().forEach(w -> err.println("  WARNING " + w));
      }
      if (refused > 0) {
        err.println("fenjie add: " + refused + " file(s) refused; nothing was added");
        return 1;
      }
      if (o.has("--dry-run")) {
        err.println("fenjie add --dry-run: nothing was changed");
        return 0;
      }
      Duration patience = Duration.ofSeconds(Long.parseLong(o.value("--wait", "10")));
      Files.createDirectories(seeds.dir()); // the first document of a new install
      try (SeedsLock lock = SeedsLock.acquire(seeds.dir(), patience)) {
        return add(seeds, index, staged, o.has("--replace"), out, err);
      }
    } finally {
      deleteTree(staging);
    }
  }

  private static int add(SeedsFolder seeds, Path index, Map<String, Path> staged, boolean replace,
      PrintStream out, PrintStream err) throws IOException {
    seeds.dropLeftovers();
    List<String> clashes = new ArrayList<>();
    Map<String, String> toMoveAside = new LinkedHashMap<>(); // name in seeds/ → why
    for (Map.Entry<String, Path> e : staged.entrySet()) {
      String name = e.getKey();
      Optional<Path> same = seeds.sameContent(SeedsFolder.sha256(e.getValue()));
      if (same.isPresent()) {
        clashes.add(name + ": the same bytes are already in " + seeds.dir() + " as " + same.get().getFileName()
            + " (if a killed add left it unindexed, run fenjie index)");
        toMoveAside.put(same.get().getFileName().toString(), "same bytes");
      }
      if (Files.exists(seeds.dir().resolve(name)) && !toMoveAside.containsKey(name)) {
        clashes.add(name + ": a document of that name is already in " + seeds.dir());
        toMoveAside.put(name, "same name");
      }
    }
    if (!clashes.isEmpty() && !replace) {
      clashes.forEach(c -> err.println("EXISTS " + c));
      err.println("fenjie add: nothing was added; --replace replaces them (the old files go to "
          + seeds.dir().resolve(SeedsFolder.REMOVED) + ")");
      return 1;
    }
    Map<String, Path> movedAside = new LinkedHashMap<>();
    List<Path> placed = new ArrayList<>();
    for (String old : toMoveAside.keySet()) {
      movedAside.put(old, seeds.moveAside(old));
    }
    for (Map.Entry<String, Path> e : staged.entrySet()) {
      placed.add(seeds.place(e.getValue(), e.getKey()));
    }
    movedAside.forEach((old, to) -> err.println("REPLACED " + old + " (moved to " + to + ")"));
    // The same pipeline as fenjie index: swapped in only when every document of the folder reads.
    SeedIndexing.Result result;
    try {
      result = SeedIndexing.build(seeds.dir(), index, SeedIndexing.Policy.ALL_DOCUMENTS);
    } catch (IndexBuildException e) {
      IndexCommand.printCounts(e.counts(), out);
      undo(seeds, placed, movedAside);
      err.println("fenjie add: " + e.getMessage() + "; nothing was added and the previous index is still served");
      return 1;
    }
    IndexCommand.printSummary(result, out);
    if (!result.swapped()) {
      // E.g. the same 文号 as a document already there, or another document of seeds/ refused.
      undo(seeds, placed, movedAside);
      err.println("fenjie add: " + result.refusal() + "; nothing was added, seeds/ is as before and the previous"
          + " index is still served");
      return 1;
    }
    out.printf("%d document(s) added; %d rows in %s%n", staged.size(), result.report().rows(), index);
    return 0;
  }

  private static void undo(SeedsFolder seeds, List<Path> placed, Map<String, Path> movedAside) throws IOException {
    for (Path p : placed) {
      seeds.moveAside(p.getFileName().toString());
    }
    for (Map.Entry<String, Path> e : movedAside.entrySet()) {
      seeds.restore(e.getValue(), e.getKey());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
