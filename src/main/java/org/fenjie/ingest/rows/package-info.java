/**
 * Rows: the one builder that turns a table grid into task rows from its header row's column roles
 * (sections, unit names, leader pairing, deadlines, extra columns, warnings), the document header every
 * layout reads, row ids, and the rows file (JSON Lines) the index reads.
 */
package org.fenjie.ingest.rows;
