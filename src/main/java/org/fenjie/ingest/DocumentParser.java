package org.fenjie.ingest;

import org.fenjie.ingest.layout.CellBlockTableLayout;
import org.fenjie.ingest.layout.DocumentLayout;
import org.fenjie.ingest.layout.InlineListLayout;
import org.fenjie.ingest.layout.LineTableLayout;
import org.fenjie.ingest.layout.GridTableLayout;
import org.fenjie.ingest.read.TextReader;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.layout.WorkReportLayout;
import org.fenjie.ingest.read.SourceFiles;
import org.fenjie.ingest.block.SourceText;
import org.fenjie.ingest.rows.CorpusIds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.ParsedDocument;

/**
 * The ingest facade: a file's bytes → its reader (the format from the bytes, plain text when they name no
 * other) → blocks → the one layout of an explicit ordered list that claims them → rows. Exactly one layout
 * must claim a document and it must yield rows; anything else is a {@link MalformedDocumentException}
 * naming the file and a line, never a silent partial import.
 */
public final class DocumentParser {
  private final List<DocumentLayout> layouts;

  /** A parser with {@link #defaultLayouts()}. */
  public DocumentParser() {
    this(defaultLayouts());
  }

  public DocumentParser(List<DocumentLayout> layouts) {
    this.layouts = List.copyOf(layouts);
  }

  /** Every known layout, in the order they are asked. Adding a layout = one entry here. */
  public static List<DocumentLayout> defaultLayouts() {
    return List.of(new LineTableLayout(), new CellBlockTableLayout(), new GridTableLayout(), new WorkReportLayout(),
        new InlineListLayout());
  }

  public List<DocumentLayout> layouts() {
    return layouts;
  }

  public ParsedDocument parse(Path file) throws IOException, MalformedDocumentException {
    return parse(file.getFileName().toString(), SourceFiles.bytes(file));
  }

  /** The document in {@code bytes}, as if read from a file of that name. */
  public ParsedDocument parse(String name, byte[] bytes) throws MalformedDocumentException {
    return parse(TextReader.read(name, bytes));
  }

  public ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    return parse(text.blocks());
  }

  /** The rows of a document already read into blocks; the reader's own warnings come first. */
  public ParsedDocument parse(DocumentBlocks blocks) throws MalformedDocumentException {
    List<DocumentLayout> claiming = new ArrayList<>();
    for (DocumentLayout layout : layouts) {
      if (layout.claims(blocks)) {
        claiming.add(layout);
      }
    }
    SourceText text = SourceText.of(blocks);
    if (claiming.isEmpty()) {
      int line = SourceFiles.likelyHeaderLine(text);
      throw new MalformedDocumentException(blocks.source(), line,
          "not a known layout: expected a table header row (序号, 目标任务/工作任务…, 责任单位/牵头单位…)"
              + " or another known document form; " + (line > 0 ? "this line looks closest" : "no such line found"));
    }
    if (claiming.size() > 1) {
      throw new MalformedDocumentException(blocks.source(), 0,
          "claimed by more than one layout: " + claiming.stream().map(DocumentLayout::name).toList());
    }
    ParsedDocument doc = claiming.get(0).parse(blocks);
    if (doc.rows().isEmpty()) {
      throw new MalformedDocumentException(blocks.source(), SourceFiles.likelyHeaderLine(text),
          "layout " + claiming.get(0).name() + " recognised the document but found no rows");
    }
    if (blocks.warnings().isEmpty()) {
      return doc;
    }
    List<IngestWarning> warnings = new ArrayList<>(blocks.warnings());
    warnings.addAll(doc.warnings());
    return new ParsedDocument(doc.source(), doc.rows(), doc.glossary(), warnings);
  }

  /**
   * Parses several files as one corpus: ids are made unique across them (see {@link CorpusIds}).
   * A file that cannot be read fails the whole call; use {@link #parse(Path)} per file to go on past it.
   */
  public List<ParsedDocument> parseAll(List<Path> files) throws IOException, MalformedDocumentException {
    List<ParsedDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(parse(f));
    }
    return disambiguate(docs);
  }

  /** Makes row ids unique across documents parsed one by one (see {@link CorpusIds}). */
  public static List<ParsedDocument> disambiguate(List<ParsedDocument> docs) {
    return CorpusIds.disambiguate(docs);
  }

  /** The regular files directly in {@code dir}, sorted by name (seeds/ holds 000_…txt, 001_…txt…). */
  public static List<Path> documentsIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }
}
