package org.fenjie.model;

/** A named person (责任领导) and the unit they answer for; {@code unit} is null when the source does not say. */
public record Leader(String name, String unit) {}
