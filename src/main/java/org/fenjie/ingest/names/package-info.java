/**
 * Names of people and units across documents: splitting a printed list of people, the likely variants a
 * human should review ({@code fenjie check}), and the reviewed aliases that merge them for faceting.
 */
package org.fenjie.ingest.names;
