package org.fenjie.search;

import java.time.LocalDate;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.fenjie.index.Schema;

/**
 * Rows whose deadlineDate falls within [from, to], both days included; either end may be open
 * (null). With both open it filters nothing, and rows without a readable deadline pass; with any
 * end given they do not, since nothing says they fall inside.
 */
public record DeadlineRange(LocalDate from, LocalDate to) {

  public static final DeadlineRange ANY = new DeadlineRange(null, null);

  public DeadlineRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadQueryException("完成时限的起始日期 " + from + " 晚于截止日期 " + to);
    }
  }

  public boolean isAny() {
    return from == null && to == null;
  }

  /** {@code query} limited to this range; the same query when the range is open at both ends. */
  Query narrow(Query query) {
    if (isAny()) {
      return query;
    }
    long low = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long high = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongField.newRangeQuery(Schema.DEADLINE, low, high), Occur.FILTER)
        .build();
  }

  @Override
  public String toString() {
    return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }
}
