package org.fenjie.ingest;

import java.util.List;

/** One numbered item of an inline list, before the document header turns it into a row. */
record InlineItem(List<String> section, int block, String seq, String task, ResponsibilityBracket bracket, int line) {}
