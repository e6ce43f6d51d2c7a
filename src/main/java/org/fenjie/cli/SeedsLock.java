package org.fenjie.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The one lock that `fenjie add`, `remove` and `index` take before they change seeds/ or the
 * index: an OS file lock on seeds/.fenjie.lock (hidden, so never read as a document). The OS
 * drops it when the holder dies, so a killed run never leaves a stale lock behind.
 */
public final class SeedsLock implements AutoCloseable {
  static final String FILE_NAME = ".fenjie.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private SeedsLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code seeds}, waiting up to {@code patience}; refuses with a message after that. */
  public static SeedsLock acquire(Path seeds, Duration patience) throws IOException {
    if (!Files.isDirectory(seeds)) {
      throw new java.nio.file.NoSuchFileException(seeds.toString()); // not made here: a mistyped --seeds stays an error
    }
    Path file = seeds.resolve(FILE_NAME);
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long giveUp = System.nanoTime() + patience.toNanos();
    try {
      while (true) {
        FileLock l = tryLock(ch);
        if (l != null) {
          return new SeedsLock(ch, l);
        }
        if (System.nanoTime() >= giveUp) {
          throw new IOException("another fenjie add, remove or index is changing " + seeds
              + " (it holds " + file + "); nothing was changed, try again when it has finished");
        }
        Thread.sleep(100);
      }
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    } catch (InterruptedException e) {
      ch.close();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + file, e);
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
