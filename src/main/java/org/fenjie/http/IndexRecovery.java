package org.fenjie.http;

/**
 * What serve did at start about a damaged index, for /health: the file that failed, what was
 * wrong with it, what was done (rebuilt from which documents) and when.
 */
public record IndexRecovery(String damaged, String problem, String action, String at) {}
