package io.shoporders.inventory.api;

import io.shoporders.contracts.inventory.StockLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as operators see it. */
record ReservationView(UUID orderId, String status, Instant heldSince, List<StockLine> lines) {}
