package org.fenjie.cli;

/** Bad command-line arguments: reported as a usage error with exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
