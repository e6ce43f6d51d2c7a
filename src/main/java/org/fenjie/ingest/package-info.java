/** Source document → task rows: text cleanup, layout detection from the header row, one class per layout. */
package org.fenjie.ingest;
