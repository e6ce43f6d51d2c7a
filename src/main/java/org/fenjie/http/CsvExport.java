package org.fenjie.http;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.TaskSearch;

/**
 * GET /api/export: every row matching the search's filters as CSV, streamed as the engine
 * produces them, with a UTF-8 byte-order mark so that Excel on Windows reads the Chinese right.
 */
final class CsvExport {

  private final TaskSearch search;
  private final SearchParameters params;

  CsvExport(TaskSearch search, SearchParameters params) {
    this.search = search;
    this.params = params;
  }

  void export(Context ctx) throws IOException {
    // Validate everything before the first byte: once streaming starts the status is 200.
    SearchRequest request = params.all(QueryParameters.parse(ctx.queryString()));
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", ExportFileName.contentDisposition(request));
    Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    out.write('\uFEFF');
    out.write(CsvTable.line(CsvTable.HEADER));
    try {
      search.export(
          request,
          row -> {
            try {
              out.write(CsvTable.line(CsvTable.cells(row)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
