package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;

/** The payment of an order is authorized: the order is CONFIRMED. */
@JsonClassDescription(
    "The payment is authorized and the order CONFIRMED. Carries what the payment-confirmed"
        + " message needs.")
public record OrderConfirmed(
    @JsonPropertyDescription("Human order number shown to the customer.") String orderNumber,
    @JsonPropertyDescription("Who to tell, in which language, by which channel.") Customer customer,
    @JsonPropertyDescription("What the customer pays; authorized, not yet captured.")
        Money grandTotal)
    implements EventPayload {

  public OrderConfirmed {
    Require.text(orderNumber, "orderNumber");
    Require.present(customer, "customer");
    Require.present(grandTotal, "grandTotal");
  }
}
