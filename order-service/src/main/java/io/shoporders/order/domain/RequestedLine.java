package io.shoporders.order.domain;

/**
 * A validated line: the sku and its whole quantity, with the index of the line in the request so
 * that a later refusal (unknown sku) can name the field the client sent.
 */
public record RequestedLine(int index, String sku, int quantity) {}
