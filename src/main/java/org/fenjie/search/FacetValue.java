package org.fenjie.search;

/** One value of a facet dimension with the number of matching rows. */
public record FacetValue(String value, int count) {}
