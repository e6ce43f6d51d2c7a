package org.fenjie.http;

/** The body of every error response: {@code {"error": "…"}}, a message fit to show a user. */
public record ApiError(String error) {}
