package org.fenjie.http;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.TaskSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /api/export: every row matching the search's filters as CSV, streamed as the engine
 * produces them, with a UTF-8 byte-order mark so that Excel on Windows reads the Chinese right.
 * A download is never a short file that looks complete: a failure before the first bytes left is
 * an ordinary JSON 500; after that the connection is aborted without the end of the chunked body,
 * which every client reports as a failed download instead of a 200 that ends early.
 */
final class CsvExport {

  private static final Logger LOG = LoggerFactory.getLogger(CsvExport.class);

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
    try {
      out.write('\uFEFF');
      out.write(CsvTable.line(CsvTable.HEADER));
      search.export(
          request,
          row -> {
            try {
              out.write(CsvTable.line(CsvTable.cells(row)));
            } catch (IOException e) {
              throw new ClientGone(e);
            }
          });
      out.flush();
    } catch (ClientGone gone) {
      abort(ctx, gone.getCause(), false);
    } catch (IOException | RuntimeException failure) {
      if (!ctx.res().isCommitted()) {
        // Nothing has left yet: the error page replaces the buffered start of the file.
        ctx.res().setHeader("Content-Disposition", null);
        throw failure;
      }
      abort(ctx, failure, true);
    }
  }

  /** Ends the connection without the last chunk, so the client sees the body as cut off. */
  private static void abort(Context ctx, Throwable cause, boolean serverFault) {
    if (serverFault) {
      LOG.error("GET {}: export failed after the response started; aborting the download", ctx.path(), cause);
    } else {
      LOG.info("GET {}: the client stopped reading the export ({})", ctx.path(), cause.toString());
    }
    ServletChannel channel = ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel();
    channel.abort(cause);
    // With gzip the compressing layer would still finish the body on the way out; closing the
    // connection itself is what every client reads as a cut-off download.
    channel.getEndPoint().close(cause);
  }

  /** Writing to the client failed: it went away, nothing is wrong with the index. */
  private static final class ClientGone extends RuntimeException {
    ClientGone(IOException cause) {
      super(cause);
    }
  }
}
