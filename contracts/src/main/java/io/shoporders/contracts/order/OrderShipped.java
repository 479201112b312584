package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;

/** The label exists and the payment is captured: the order is SHIPPED. */
@JsonClassDescription(
    "The label exists and the payment is captured: the order is SHIPPED. Carries what the"
        + " shipped message needs.")
public record OrderShipped(
    @JsonPropertyDescription("Human order number shown to the customer.") String orderNumber,
    @JsonPropertyDescription("Who to tell, in which language, by which channel.") Customer customer,
    @JsonPropertyDescription("What the customer was charged.") Money grandTotal,
    @JsonPropertyDescription("Carrier code, e.g. brt, poste, dhl, sandbox.") String carrier,
    @JsonPropertyDescription("The carrier's tracking code of the parcel.") String trackingCode,
    @JsonPropertyDescription("Link where the customer follows the parcel.") String trackingUrl)
    implements EventPayload {

  public OrderShipped {
    Require.text(orderNumber, "orderNumber");
    Require.present(customer, "customer");
    Require.present(grandTotal, "grandTotal");
    Require.text(carrier, "carrier");
    Require.text(trackingCode, "trackingCode");
    Require.text(trackingUrl, "trackingUrl");
  }
}
