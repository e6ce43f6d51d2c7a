package org.fenjie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.fenjie.pipeline.SourceFolder;

/**
 * The seeds/ folder as `fenjie add` and `remove` change it: a file is written aside under a hidden
 * name and renamed into place in one step, so a reader (or a kill) sees it whole or not at all; a
 * document taken out is moved to seeds/.removed/ with a timestamp, never deleted.
 */
final class SeedsFolder {
  static final String REMOVED = ".removed";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

  private final Path dir;

  SeedsFolder(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /**
   * The name a received file gets in seeds/: its last path part only, without control characters,
   * path separators or leading dots (a hidden name would never be read). Refuses a name left empty.
   */
  static String cleanName(String received) throws IOException {
    String last = received.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    StringBuilder b = new StringBuilder();
    last.codePoints().filter(c -> !Character.isISOControl(c) && c != ':' && c != '\u0000').forEach(b::appendCodePoint);
    String name = b.toString().strip().replaceFirst("^\\.+", "");
    if (name.isEmpty() || name.equals(REMOVED)) {
      throw new IOException("'" + received + "' gives no usable file name");
    }
    return name;
  }

  /** The document under seeds/ (sub-folders too) whose bytes are the same as {@code sha256}, if any. */
  Optional<Path> sameContent(String sha256) throws IOException {
    for (Path f : SourceFolder.scan(dir).documents()) {
      if (sha256(f).equals(sha256)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    }
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Copies {@code from} to seeds/{@code name} byte for byte: written under a hidden name, then renamed. */
  Path place(Path from, String name) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(name);
    Path aside = dir.resolve("." + name + ".adding");
    Files.copy(from, aside, StandardCopyOption.REPLACE_EXISTING);
    try (var ch = java.nio.channels.FileChannel.open(aside, java.nio.file.StandardOpenOption.WRITE)) {
      ch.force(true); // the bytes are on disk before the name says they are there
    }
    move(aside, target);
    return target;
  }

  /** Moves seeds/{@code name} to seeds/.removed/{@code name}.{timestamp}; returns where it went. */
  Path moveAside(String name) throws IOException {
    Path removed = Files.createDirectories(dir.resolve(REMOVED));
    Path to = removed.resolve(name + "." + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)));
    move(dir.resolve(name), to);
    return to;
  }

  /** Puts a file moved aside back under its name (used when a build after a change fails). */
  void restore(Path movedAside, String name) throws IOException {
    move(movedAside, dir.resolve(name));
  }

  /** Hidden copies left by an add that was killed before its rename: never documents, safe to drop. */
  void dropLeftovers() throws IOException {
    try (var s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".adding")).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
