package org.fenjie.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A generation whose files fail their checksums or cannot be opened: names the file (when one is
 * to blame) and what was wrong, so that a user knows what broke and that it is not a fenjie bug.
 */
public final class DamagedIndexException extends IOException {

  private final Path generation;
  private final Path file;
  private final String problem;

  DamagedIndexException(Path generation, Path file, String problem, Throwable cause) {
    super((file != null ? file : generation) + " is damaged: " + problem, cause);
    this.generation = generation;
    this.file = file;
    this.problem = problem;
  }

  /** A generation that passed its checksums and still failed to open (a bug, or damage with a valid checksum). */
  public static DamagedIndexException unopenable(Path generation, Throwable cause) {
    return new DamagedIndexException(generation, null, IndexIntegrity.describe(cause), cause);
  }

  /** The generation directory the damage was found in. */
  public Path generation() {
    return generation;
  }

  /** The damaged file, or the generation itself when no single file is to blame. */
  public Path file() {
    return file != null ? file : generation;
  }

  public String problem() {
    return problem;
  }
}
