package io.shoporders.shipping.carrier;

/** What a carrier returns for a booked parcel: its tracking code and the label as a PDF. */
public record BookedLabel(String trackingCode, byte[] labelPdf) {}
