package org.fenjie.search;

import java.util.Map;
import org.fenjie.model.TaskRow;

/** One hit: the full row, its score, and HTML-safe highlights by field name (e.g. "task"). */
public record SearchHit(TaskRow row, float score, Map<String, String> highlight) {}
