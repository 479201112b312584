package io.shoporders.shipping.label;

import io.shoporders.shipping.domain.LabelAddress;

/** What an A6 shipping label shows. Addresses are already fitted and transliterated. */
public record LabelContent(
    String carrierName,
    String serviceLevel,
    String trackingNumber,
    String orderNumber,
    int weightGrams,
    LabelAddress sender,
    LabelAddress recipient) {}
