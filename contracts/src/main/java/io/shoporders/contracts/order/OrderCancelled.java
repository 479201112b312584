package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.OptionalField;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;

/**
 * The order is CANCELLED. The single compensation signal of the saga: every service undoes what it
 * holds for the order, whatever the reason.
 */
@JsonClassDescription(
    "The order is CANCELLED: the single compensation signal. Every service undoes what it holds"
        + " for the order; the customer is told why.")
public record OrderCancelled(
    @JsonPropertyDescription("Human order number shown to the customer.") String orderNumber,
    @JsonPropertyDescription("Who to tell, in which language, by which channel.") Customer customer,
    @JsonPropertyDescription("What the order was worth.") Money grandTotal,
    @JsonPropertyDescription("Why the order was cancelled.") CancellationReason reason,
    @OptionalField
        @JsonPropertyDescription(
            "More about the reason, e.g. the decline code insufficient_funds or the sku that"
                + " ran out.")
        String detail,
    @JsonPropertyDescription(
            "Whether order-service had recorded a capture when it cancelled: true means the"
                + " customer is told a refund follows, false that nothing was charged.")
        boolean customerCharged)
    implements EventPayload {

  public OrderCancelled {
    Require.text(orderNumber, "orderNumber");
    Require.present(customer, "customer");
    Require.present(grandTotal, "grandTotal");
    Require.present(reason, "reason");
    Require.optionalText(detail, "detail");
  }
}
