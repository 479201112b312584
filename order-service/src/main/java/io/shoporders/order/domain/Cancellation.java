package io.shoporders.order.domain;

import io.shoporders.contracts.order.CancellationReason;

/** Why an order was cancelled, with the decline code, the short skus or a person's note. */
public record Cancellation(CancellationReason reason, String detail) {}
