package io.shoporders.order.persistence;

import io.shoporders.contracts.saga.OrderStatus;
import java.util.UUID;

/** What the storefront gets back when it places an order. */
public record Receipt(UUID orderId, String orderNumber, OrderStatus status) {}
