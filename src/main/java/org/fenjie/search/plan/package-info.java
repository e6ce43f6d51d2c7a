/**
 * The query plan, backend-neutral: the user's text parsed ({@link org.fenjie.search.plan.QueryText}), each
 * word resolved against the reviewed lists (synonyms, related terms, unit families) and split where a user
 * ran words together, the tiers laid out in order ({@link org.fenjie.search.plan.QueryPlanner}), and the
 * suggestions from an index's vocabulary ({@link org.fenjie.search.plan.Corrections}). No engine classes:
 * the Lucene engine (org.fenjie.search) executes a plan, and a SolrCloud engine can execute the same one.
 */
package org.fenjie.search.plan;
