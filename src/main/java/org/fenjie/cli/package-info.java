/** The command line: wires ingest, index, search and http together. Only {@link org.fenjie.cli.Main} exits. */
package org.fenjie.cli;
