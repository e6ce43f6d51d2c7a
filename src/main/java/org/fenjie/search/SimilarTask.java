package org.fenjie.search;

import org.fenjie.model.TaskRow;

/** A row from another region that is about the same thing as a given row. */
public record SimilarTask(TaskRow row, float score) {}
