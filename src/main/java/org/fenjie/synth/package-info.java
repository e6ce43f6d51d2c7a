/**
 * A synthetic corpus at national scale for benchmarks: documents of invented counties whose rows
 * recombine the clauses, units and people of the real seed rows, deterministic for a seed.
 */
package org.fenjie.synth;
