package org.fenjie.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fenjie.index.IndexLocation;
import org.fenjie.index.Schema;
import org.fenjie.model.RowJson;

/**
 * The reference ranking the relevance evaluation compares fenjie against: what a naive
 * implementation gives. Lucene's classic QueryParser over the one smartcn task field of the same
 * index, words ANDed (the product promises that), quotes and -word as the parser reads them,
 * default BM25; no bigrams, headings, unit or leader names, synonyms or boosts. Text the parser
 * rejects is retried escaped. For evaluation only: not thread-safe, not served.
 */
public final class BaselineSearch implements Closeable {

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryParser parser = new QueryParser(Schema.TASK, new SmartChineseAnalyzer());

  private BaselineSearch(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    parser.setDefaultOperator(QueryParser.Operator.AND);
  }

  /** Opens the generation currently served under {@code indexRoot}. */
  public static BaselineSearch open(Path indexRoot) throws IOException {
    IndexLocation location = new IndexLocation(indexRoot);
    Path current =
        location.current().orElseThrow(() -> new IOException("no index in " + location.root()));
    Directory dir = FSDirectory.open(IndexLocation.rows(current));
    try {
      return new BaselineSearch(dir);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Row ids, best first, at most {@code depth}. */
  public List<String> ids(String query, int depth) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(parse(query), Math.max(1, depth)).scoreDocs) {
      out.add(RowJson.read(stored.document(sd.doc).get(Schema.ROW_JSON)).id());
    }
    return out;
  }

  private Query parse(String query) {
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      try {
        return parser.parse(QueryParser.escape(query));
      } catch (ParseException | RuntimeException again) {
        return new MatchNoDocsQuery("unparseable");
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
