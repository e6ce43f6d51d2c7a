package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's count check notices a row lost (or one too many) between the parser and the index,
 * names the document and fails: rows are counted per source in the committed index, not assumed.
 * The faults are injected into a built generation, as a writer bug or a disk problem would.
 */
class RowLossTest {

  @TempDir Path root;

  private Path built() throws IOException {
    new IndexBuilder(root, CanonicalNames.basic()).build(SampleCorpus.documents());
    return IndexLocation.rows(new IndexLocation(root).current().orElseThrow());
  }

  private static Map<String, Long> parsed() {
    Map<String, Long> given = new LinkedHashMap<>();
    for (ParsedDocument d : SampleCorpus.documents()) {
      given.put(d.source(), (long) d.rows().size());
    }
    return given;
  }

  private static IndexBuildException verifyFails(Path rows) throws IOException {
    try (Directory dir = FSDirectory.open(rows);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return assertThrows(IndexBuildException.class, () -> IndexBuilder.verify(reader, parsed()));
    }
  }

  @Test
  void theCountsAgreeOnAnIntactBuild() throws IOException {
    try (Directory dir = FSDirectory.open(built());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      List<BuildReport.DocumentCount> counts = IndexBuilder.verify(reader, parsed());
      assertEquals(SampleCorpus.documents().size(), counts.size());
      counts.forEach(c -> assertTrue(c.complete(), c.toString()));
    }
  }

  @Test
  void aRowLostFromOneDocumentFailsNamingThatDocument() throws IOException {
    Path rows = built();
    TaskRow lost = SampleCorpus.nanan().rows().get(3);
    try (Directory dir = FSDirectory.open(rows);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setIndexSort(Schema.DOCUMENT_ORDER))) {
      w.deleteDocuments(new Term(Schema.ID, lost.id()));
      w.commit();
    }
    IndexBuildException e = verifyFails(rows);
    assertTrue(e.getMessage().contains("rows lost"), e.getMessage());
    List<BuildReport.DocumentCount> incomplete = e.counts().stream().filter(c -> !c.complete()).toList();
    long given = SampleCorpus.nanan().rows().size();
    assertEquals(List.of(new BuildReport.DocumentCount(SampleCorpus.NANAN, given, given - 1)), incomplete);
  }

  @Test
  void aRowTooManyFailsToo() throws IOException {
    Path rows = built();
    try (Directory dir = FSDirectory.open(rows);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setIndexSort(Schema.DOCUMENT_ORDER))) {
      Document extra = new RowDocument(CanonicalNames.basic()).of(SampleCorpus.contest().rows().get(0), 999);
      w.addDocument(Schema.facetsConfig().build(extra));
      w.commit();
    }
    IndexBuildException e = verifyFails(rows);
    assertTrue(e.counts().stream().anyMatch(c -> c.source().equals(SampleCorpus.CONTEST) && c.rowsIndexed() == c.rowsGiven() + 1),
        e.counts().toString());
  }
}
