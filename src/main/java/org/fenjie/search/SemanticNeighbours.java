package org.fenjie.search;

import java.util.List;

/**
 * Rows whose task text is close in meaning to a query or to another row, from the vector side index.
 * The seam between the query plan's semantic tier and the embedding machinery: an implementation that is
 * switched off, or still loading its model, answers with an empty list, never blocks a search and never throws.
 */
public interface SemanticNeighbours {

  /** Rows near the query text, best first, only those above the implementation's similarity floor. */
  List<Neighbour> near(String queryText, int count);

  /** Rows near the given row's own task text, best first, the row itself left out. */
  List<Neighbour> nearRow(String rowId, int count);

  /** What /health and the terminal say about the tier: off, loading, embedding (n of m rows), ready. */
  String state();

  /** A row id and its cosine similarity to the query (higher is closer). */
  record Neighbour(String rowId, float similarity) {}

  /** The tier switched off: no neighbours ever. */
  SemanticNeighbours OFF = new SemanticNeighbours() {
    @Override
    public List<Neighbour> near(String queryText, int count) {
      return List.of();
    }

    @Override
    public List<Neighbour> nearRow(String rowId, int count) {
      return List.of();
    }

    @Override
    public String state() {
      return "off";
    }
  };
}
