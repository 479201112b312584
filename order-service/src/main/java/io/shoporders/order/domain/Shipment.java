package io.shoporders.order.domain;

/** The parcel's label, as LabelCreated reported it: what the customer needs to follow it. */
public record Shipment(String carrier, String trackingCode, String trackingUrl) {}
