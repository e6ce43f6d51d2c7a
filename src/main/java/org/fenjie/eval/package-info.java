/**
 * Relevance evaluation: a hand-judged query set (queries and graded row judgments), the ranking
 * metrics (nDCG@10, recall@50, MRR) and the report that compares rankers on it. Knows nothing of
 * Lucene: a ranker is any function from query text to row ids, best first; cli wires the engine in.
 */
package org.fenjie.eval;
