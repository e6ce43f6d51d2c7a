package org.fenjie.search;

/** A request the engine refuses with a message fit to show the user (HTTP 400). */
public final class BadQueryException extends RuntimeException {
  public BadQueryException(String message) {
    super(message);
  }
}
