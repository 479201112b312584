package io.shoporders.notification.template;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Everything a template may show, already formatted for the message's language. Every kind has the
 * summary; the received, cancelled and shipped messages add their own part with a wither.
 */
@TemplateData
public record MessageView(
    String language,
    ShopView shop,
    String orderNumber,
    String customerName,
    String total,
    List<LineView> lines,
    String shippingCost,
    List<String> address,
    String reason,
    boolean charged,
    boolean chargeUncertain,
    String carrier,
    String trackingCode,
    String trackingUrl) {

  /** What every message says: whose order, which one, for how much. */
  static MessageView summary(
      String language, ShopView shop, String orderNumber, String customerName, String total) {
    return new MessageView(
        language,
        shop,
        orderNumber,
        customerName,
        total,
        List.of(),
        null,
        List.of(),
        null,
        false,
        false,
        null,
        null,
        null);
  }

  /** The order's contents, for the order-received message. */
  MessageView withContents(List<LineView> lines, String shippingCost, List<String> address) {
    return new MessageView(
        language,
        shop,
        orderNumber,
        customerName,
        total,
        lines,
        shippingCost,
        address,
        reason,
        charged,
        chargeUncertain,
        carrier,
        trackingCode,
        trackingUrl);
  }

  /**
   * Why the order was cancelled, and whether a refund follows: for sure when order-service had
   * recorded a capture ({@code charged}), or should a capture have crossed a cancellation that a
   * person asked for ({@code chargeUncertain}).
   */
  MessageView withCancellation(String reason, boolean charged, boolean chargeUncertain) {
    return new MessageView(
        language,
        shop,
        orderNumber,
        customerName,
        total,
        lines,
        shippingCost,
        address,
        reason,
        charged,
        chargeUncertain,
        carrier,
        trackingCode,
        trackingUrl);
  }

  /** Where the parcel is, for the shipped message. */
  MessageView withShipment(String carrier, String trackingCode, String trackingUrl) {
    return new MessageView(
        language,
        shop,
        orderNumber,
        customerName,
        total,
        lines,
        shippingCost,
        address,
        reason,
        charged,
        chargeUncertain,
        carrier,
        trackingCode,
        trackingUrl);
  }
}
