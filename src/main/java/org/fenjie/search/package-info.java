/**
 * Searching the index: the TaskSearch interface and its request/result records, and the Lucene engine that
 * executes a query plan (org.fenjie.search.plan) in tiers — the exact match with drill-sideways facets, then
 * the later tiers (LaterTiers) — with highlighting, suggest and similar tasks.
 */
package org.fenjie.search;
