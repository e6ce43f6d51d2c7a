package org.fenjie.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/** A build that takes its time (one document every 20 ms), run in its own JVM so a test can kill it. */
public final class SlowBuildMain {

  public static void main(String[] args) throws Exception {
    Iterable<ParsedDocument> slow = () -> new Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return n < 100_000;
      }

      @Override
      public ParsedDocument next() {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        n++;
        List<TaskRow> rows = new ArrayList<>();
        for (TaskRow r : SampleCorpus.nanan().rows()) {
          rows.add(new TaskRow(r.id() + "-" + n, r.region(), r.year(), r.kind(), r.docNo(), r.docTitle(), r.docDate(),
              "slow-" + n + ".txt", r.section(), r.seq(), r.task(), r.leadUnits(), r.supportUnits(), r.leaders(),
              r.overseers()));
        }
        return new ParsedDocument("slow-" + n + ".txt", rows, List.of(), List.of());
      }
    };
    new IndexBuilder(Path.of(args[0]), CanonicalNames.basic()).build(slow);
  }

  private SlowBuildMain() {}
}
