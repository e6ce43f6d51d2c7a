package org.fenjie.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * An index root (e.g. index/): complete generations in {@code gen-*} directories and a one-line
 * {@code CURRENT} file naming the one being served. A new generation is published by renaming a
 * fully written {@code CURRENT.tmp} over {@code CURRENT} (one atomic rename), so a kill at any
 * moment leaves either the old or the new generation current and never a half-written one;
 * directories that CURRENT does not name are leftovers and are removed by the next build.
 */
public final class IndexLocation {

  static final String CURRENT = "CURRENT";
  static final String GENERATION_PREFIX = "gen-";
  /** The Lucene index of rows inside a generation. */
  static final String ROWS = "rows";
  /** The suggester's own small index inside a generation. */
  static final String SUGGEST = "suggest";
  private static final String LOCK = "build.lock";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The Lucene index of rows inside a generation directory. */
  public static Path rows(Path generation) {
    return generation.resolve(ROWS);
  }

  /** The generation being served, if a build has ever completed here. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.startsWith(GENERATION_PREFIX) || name.contains("/") || name.contains("\\")) {
      throw new IOException(pointer + " names no generation: '" + name + "'");
    }
    Path generation = root.resolve(name);
    if (!Files.isDirectory(generation.resolve(ROWS))) {
      throw new IOException(pointer + " names " + name + ", which is missing; rebuild with 'fenjie index'");
    }
    return Optional.of(generation);
  }

  /** Creates an empty directory for a new generation beside the current one. */
  Path newGeneration() throws IOException {
    Files.createDirectories(root);
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    return Files.createDirectory(root.resolve(GENERATION_PREFIX + stamp + "-" + suffix));
  }

  /** Makes {@code generation} current with a single atomic rename. */
  void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ch.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString() + "\n"));
      ch.force(true);
    }
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system under " + root + " cannot rename atomically", e);
    }
    IOUtils.fsync(root, true);
  }

  /** Removes every generation except the current one (and a stale CURRENT.tmp). */
  void removeOtherGenerations() throws IOException {
    Path keep = current().orElse(null);
    Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    try (DirectoryStream<Path> gens = Files.newDirectoryStream(root, GENERATION_PREFIX + "*")) {
      for (Path g : gens) {
        if (!g.equals(keep)) {
          deleteTree(g);
        }
      }
    }
  }

  /**
   * Holds the build lock until closed, so two builds never write the same root. Serving never
   * takes it: readers only follow CURRENT.
   */
  Lock lockForBuild() throws IOException {
    Files.createDirectories(root);
    FileChannel ch =
        FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      ch.close();
      throw new IOException("another 'fenjie index' is building " + root + " right now");
    }
    FileLock held = lock;
    return () -> {
      held.release();
      ch.close();
    };
  }

  /** A held build lock. */
  interface Lock extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
