package io.shoporders.inventory.domain;

/** Why one field of a request or of an imported row was refused. */
public record FieldError(String field, String message) {}
