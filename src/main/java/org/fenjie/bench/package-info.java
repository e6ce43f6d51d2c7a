/**
 * In-process benchmarks: query files (fenjie's API parameters or the peers harness's queries),
 * latency and throughput per query class and per layer (bare Lucene, the engine, the engine as
 * served), and the agreement of answers with another engine's answers file.
 */
package org.fenjie.bench;
