/**
 * The pipeline that turns a folder of source documents into the served index: find the files, read
 * each into rows (ingest), check, index aside and swap in (index). Its own stage because the CLI
 * ({@code fenjie index}, {@code serve}), and next an import page and {@code fenjie add}, all run the
 * same steps with the same rules for what is refused, ignored and reported; it uses ingest and index,
 * and nothing below it uses it.
 */
package org.fenjie.pipeline;
