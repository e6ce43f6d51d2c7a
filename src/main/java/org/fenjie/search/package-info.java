/** Searching the index: query translation, drill-sideways facets, highlighting, suggest, similar tasks. */
package org.fenjie.search;
