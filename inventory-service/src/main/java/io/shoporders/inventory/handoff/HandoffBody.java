package io.shoporders.inventory.handoff;

import io.shoporders.contracts.inventory.StockLine;
import java.util.List;
import java.util.UUID;

/**
 * What a destination receives: the order and the units it ships. The shipping address stays with
 * shipping-service, which books the carrier; a warehouse or supplier needs only the pick list.
 */
record HandoffBody(UUID handoffId, UUID orderId, String destination, List<StockLine> lines) {}
