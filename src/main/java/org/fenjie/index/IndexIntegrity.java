package org.fenjie.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Whether a generation's files are the bytes Lucene wrote. Every Lucene file ends with a CRC32 of
 * its content, but opening an index checks only the footers, so a byte flipped inside a compound
 * file is found by the first search that reads it — as an ArrayIndexOutOfBoundsException or as a
 * wrong answer. {@link #verify} reads every file of both indexes of a generation (rows and
 * suggester) once against its checksum and names the first that fails; {@link #check} runs
 * Lucene's CheckIndex on top for {@code fenjie index --check}.
 */
public final class IndexIntegrity {

  private IndexIntegrity() {}

  /** The two Lucene indexes inside a generation. */
  static final List<String> PARTS = List.of(IndexLocation.ROWS, IndexLocation.SUGGEST);

  /** Throws naming the first file whose checksum fails (or the commit that cannot be read). */
  public static void verify(Path generation) throws DamagedIndexException {
    for (String part : PARTS) {
      Path dirPath = generation.resolve(part);
      String reading = "segments_N";
      try (Directory dir = FSDirectory.open(dirPath)) {
        SegmentInfos commit = SegmentInfos.readLatestCommit(dir); // checks segments_N itself
        for (String name : commit.files(false)) {
          reading = name;
          try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
            CodecUtil.checksumEntireFile(in);
          }
        }
      } catch (IOException | RuntimeException e) {
        throw new DamagedIndexException(generation, dirPath.resolve(reading), describe(e), e);
      }
    }
  }

  /** What CheckIndex found in one part of a generation. */
  public record PartReport(String part, boolean clean, int segments, long documents, String problem, String log) {}

  /**
   * Checksums and CheckIndex on both parts of {@code generation}; {@code log} of each part holds
   * CheckIndex's own report. Never throws for damage: it is in the reports.
   */
  public static List<PartReport> check(Path generation) throws IOException {
    List<PartReport> reports = new ArrayList<>();
    for (String part : PARTS) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (Directory dir = FSDirectory.open(generation.resolve(part));
          CheckIndex checker = new CheckIndex(dir);
          PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
        checker.setInfoStream(out);
        checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
        CheckIndex.Status status = checker.checkIndex();
        long docs = status.segmentInfos.stream().mapToLong(s -> s.maxDoc).sum();
        String problem = status.clean ? null : firstProblem(status);
        reports.add(new PartReport(part, status.clean, status.numSegments, docs, problem,
            log.toString(StandardCharsets.UTF_8)));
      } catch (IOException | RuntimeException e) {
        reports.add(new PartReport(part, false, 0, 0, describe(e), log.toString(StandardCharsets.UTF_8)));
      }
    }
    return reports;
  }

  private static String firstProblem(CheckIndex.Status status) {
    if (status.missingSegments) {
      return "the commit point " + status.segmentsFileName + " cannot be read";
    }
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      if (s.error != null) {
        return "segment " + s.name + ": " + describe(s.error);
      }
    }
    return status.numBadSegments + " bad segment(s)";
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    int resource = message == null ? -1 : message.indexOf(" (resource=");
    if (resource > 0) {
      message = message.substring(0, resource); // the file is named beside the problem already
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
