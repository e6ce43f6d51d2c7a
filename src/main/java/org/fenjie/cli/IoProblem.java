package org.fenjie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * An I/O failure as one line a user can act on: the path and what is wrong with it. Such failures
 * come from the user's files and flags (a wrong --seeds or --index), not from a bug, so they get
 * no stack trace.
 */
final class IoProblem {

  static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (t instanceof NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (t instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (t instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  static boolean isIo(Exception e) {
    return e instanceof IOException || e instanceof UncheckedIOException;
  }

  private IoProblem() {}
}
