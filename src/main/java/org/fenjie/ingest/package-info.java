/**
 * Documents → task rows. {@link org.fenjie.ingest.DocumentParser} is the one public facade; the stages
 * are sub-packages in pipeline order: {@code read} (files → {@code block}s), {@code block} (paragraphs and
 * cell grids, the one intermediate of every format), {@code layout} (which document form it is, and its
 * paragraphs and tables as grids), {@code rows} (one row builder from a grid's header roles; ids; the rows
 * file), {@code names} (unit and person names: people lists, variants for review, reviewed aliases).
 */
package org.fenjie.ingest;
