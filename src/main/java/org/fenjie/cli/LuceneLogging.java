package org.fenjie.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Lucene's start-up tuning advice off the user's terminal while letting its real errors
 * through. Lucene tells java.util.logging, at WARNING, that the incubating Vector API is not
 * enabled: a hint for operators that users read as a fault, printed by every command that opens an
 * index. Acting on it instead (--add-modules jdk.incubator.vector) makes the JVM itself print
 * "Using incubator modules" on every start, so the hint is silenced, not followed; an operator who
 * wants the Vector API passes that flag in FENJIE_JAVA_OPTS and accepts the JVM's line.
 */
final class LuceneLogging {

  // java.util.logging holds loggers weakly: without this reference the level set below could be
  // collected with the logger before Lucene asks for it.
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** Call before any Lucene class loads: the advice is logged once, when vectorization is chosen. */
  static void quietStartupAdvice() {
    VECTORIZATION.setLevel(Level.SEVERE);
  }

  private LuceneLogging() {}
}
