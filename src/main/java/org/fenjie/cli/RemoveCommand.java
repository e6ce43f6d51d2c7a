package org.fenjie.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.index.IndexBuildException;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.pipeline.SourceFolder;

/**
 * `fenjie remove SOURCE…`: takes documents out of seeds/ (moved to seeds/.removed/ with a
 * timestamp, not deleted) and swaps in an index without their rows, under the same lock as add and
 * index. If the build fails the files are put back and the previous index keeps serving.
 */
public final class RemoveCommand implements Command {
  @Override
  public String name() {
    return "remove";
  }

  @Override
  public String summary() {
    return "take documents out of seeds/ (kept in seeds/.removed/) and swap in a new index";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, List.of("--seeds", "--index", "--wait"), List.of());
    if (o.positional().isEmpty() || o.has("--help")) {
      throw new UsageException("usage: fenjie remove [--seeds DIR] [--index DIR] [--wait SECONDS] SOURCE...\n"
          + "  SOURCE is the document's file name in seeds/ (the row field 'source')");
    }
    SeedsFolder seeds = new SeedsFolder(Path.of(o.value("--seeds", "seeds")));
    Path index = Path.of(o.value("--index", "index"));
    Duration patience = Duration.ofSeconds(Long.parseLong(o.value("--wait", "10")));
    try (SeedsLock lock = SeedsLock.acquire(seeds.dir(), patience)) {
      for (String source : o.positional()) {
        if (!source.equals(SeedsFolder.cleanName(source)) || !Files.isRegularFile(seeds.dir().resolve(source))) {
          err.println("fenjie remove: no document '" + source + "' in " + seeds.dir() + "; nothing was removed");
          return 1;
        }
      }
      if (SourceFolder.scan(seeds.dir()).documents().size() <= o.positional().size()) {
        err.println("fenjie remove: that would leave " + seeds.dir() + " without documents and the index empty; nothing was removed");
        return 1;
      }
      Map<String, Path> moved = new LinkedHashMap<>();
      for (String source : o.positional()) {
        moved.put(source, seeds.moveAside(source));
      }
      String failure;
      try {
        SeedIndexing.Result result = SeedIndexing.build(seeds.dir(), index, SeedIndexing.Policy.ALL_DOCUMENTS);
        IndexCommand.printSummary(result, out);
        failure = result.swapped() ? null : result.refusal();
      } catch (IndexBuildException e) {
        failure = e.getMessage();
      }
      if (failure != null) {
        for (Map.Entry<String, Path> m : moved.entrySet()) {
          seeds.restore(m.getValue(), m.getKey());
        }
        err.println("fenjie remove: " + failure + "; nothing was removed and the previous index is still served");
        return 1;
      }
      moved.forEach((s, to) -> out.println("removed " + s + " (the file is kept as " + to + ")"));
      return 0;
    }
  }
}
