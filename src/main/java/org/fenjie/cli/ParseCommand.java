package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.RowJson;
import org.fenjie.model.TaskRow;

/**
 * `fenjie parse FILE|DIR...`: rows as JSON Lines on stdout, one summary line per file on stderr.
 * A file no layout can read is reported as "file:line: message" and the others are still printed;
 * the exit code is then 1.
 */
public final class ParseCommand implements Command {
  @Override
  public String name() {
    return "parse";
  }

  @Override
  public String summary() {
    return "print the rows of documents as JSON Lines";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    boolean verbose = args.remove("--warnings");
    if (args.isEmpty() || args.contains("--help")) {
      throw new UsageException("usage: fenjie parse [--warnings] FILE|DIR...  (rows as JSON Lines; --warnings lists each warning)");
    }
    DocumentParser parser = new DocumentParser();
    List<ParsedDocument> docs = new ArrayList<>();
    int failures = 0;
    for (Path file : files(args)) {
      try {
        docs.add(parser.parse(file));
      } catch (MalformedDocumentException e) {
        err.println(e.getMessage());
        failures++;
      } catch (IOException e) {
        String problem = IoProblem.describe(e); // no line number: the file never opened
        err.println(problem.contains(file.toString()) ? problem : file + ": " + problem);
        failures++;
      }
    }
    for (ParsedDocument d : DocumentParser.disambiguate(docs)) {
      d.rows().forEach(r -> out.println(RowJson.write(r)));
      err.println(summaryLine(d));
      if (verbose) {
        d.warnings().forEach(w -> err.println("  " + w));
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  static String summaryLine(ParsedDocument d) {
    Set<String> flagged = new HashSet<>();
    for (IngestWarning w : d.warnings()) {
      if (w.rowId() != null) {
        flagged.add(w.rowId());
      }
    }
    long kinds = d.rows().stream().map(TaskRow::kind).distinct().count();
    return d.source() + ": " + d.rows().size() + " rows, " + flagged.size() + " flagged, "
        + d.warnings().size() + " warnings" + (d.glossary().isEmpty() ? "" : ", " + d.glossary().size() + " glossary entries")
        + (kinds > 1 ? ", " + kinds + " kinds" : "");
  }

  private static List<Path> files(List<String> args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        files.addAll(DocumentParser.documentsIn(p));
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
