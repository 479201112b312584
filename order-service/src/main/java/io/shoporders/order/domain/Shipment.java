package io.shoporders.order.domain;

import io.shoporders.contracts.order.Address;

/**
 * The parcel's label, as LabelCreated reported it: what the customer needs to follow it, and the
 * address an operator corrected the order's to, if one did (null otherwise).
 */
public record Shipment(
    String carrier, String trackingCode, String trackingUrl, Address correctedAddress) {}
