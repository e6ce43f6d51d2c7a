/** The Lucene schema (fields, analyzers, facets config) and the index builder with its atomic swap. */
package org.fenjie.index;
