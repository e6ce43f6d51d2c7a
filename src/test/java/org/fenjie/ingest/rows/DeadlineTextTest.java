package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTextTest {

  /** Printed deadline, the document's year, the last day it allows (empty: none). */
  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      2026年12月底          | 2026 | 2026-12-31
      2026年12月底前        | 2026 | 2026-12-31
      6月底前               | 2026 | 2026-06-30
      6月底前               | 2027 | 2027-06-30
      2026年6月            | 2025 | 2026-06-30
      2026年2月底           | 2026 | 2026-02-28
      2028年2月底           | 2026 | 2028-02-29
      2026年6月30日前        | 2026 | 2026-06-30
      9月15日               | 2026 | 2026-09-15
      2026年第三季度         | 2026 | 2026-09-30
      三季度末               | 2026 | 2026-09-30
      2026年上半年           | 2026 | 2026-06-30
      下半年                 | 2026 | 2026-12-31
      年底前                 | 2026 | 2026-12-31
      2027年底              | 2026 | 2027-12-31
      全年                   | 2026 | 2026-12-31
      2026年                | 2025 | 2026-12-31
      2026年3月—6月          | 2025 | 2026-06-30
      2026—2027年           | 2026 | 2027-12-31
      10月中旬               | 2026 | 2026-10-20
      10月上旬               | 2026 | 2026-10-10
      10月下旬               | 2026 | 2026-10-31
      2026 年 11 月底前      | 2026 | 2026-11-30
      长期坚持               | 2026 | none
      持续推进               | 2026 | none
      每季度                 | 2026 | none
      按省市要求             | 2026 | none
      13月底                 | 2026 | none
      """)
  void readsTheLastDayAPrintedDeadlineAllows(String printed, int year, String expected) {
    assertEquals(expected, DeadlineText.isoLastDay(printed, year));
  }
}
