package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The card authorizes, then the warehouse has fewer units than ordered. */
class OutOfStockIT {

  @Test
  void aShortSkuAfterTheAuthorizationVoidsItAndCancelsTheOrder() {
    // given
    String tin = Catalogue.product("Caffe in grani kg", 2490, 1);
    OrderRequest request = OrderRequest.byNewCustomer().line(tin, 2);

    // when
    UUID orderId = OrderApi.place(request);

    // then
    assertThat(Saga.awaitFinalStatus(orderId)).isEqualTo("CANCELLED");
    JsonPath order = OrderApi.get(orderId);
    assertThat(order.getString("cancellation.reason")).isEqualTo("OUT_OF_STOCK");
    assertThat(order.getString("cancellation.detail")).contains(tin);

    Saga.awaitThat(() -> PaymentApi.status(orderId), "VOIDED");
    long grandTotal = order.getLong("totals.grandTotal.amountMinor");
    assertThat(PaymentApi.approved(orderId, "AUTHORIZE"))
        .extracting(PaymentApi.Step::amountMinor)
        .containsExactly(grandTotal);
    assertThat(PaymentApi.approved(orderId, "VOID")).hasSize(1);
    assertThat(PaymentApi.approved(orderId, "CAPTURE")).isEmpty();

    assertThat(InventoryApi.stock(tin)).isEqualTo(new InventoryApi.Stock(1, 0, 1));
    Saga.awaitThat(() -> ShippingApi.status(orderId), "CANCELLED");
    assertThat(ShippingApi.label(orderId).statusCode()).isEqualTo(404);

    String number = order.getString("orderNumber");
    assertThat(Mailbox.awaitCancellation(request.email(), number))
        .contains("no longer available")
        .contains("You were not charged");
    Saga.awaitTimelineWith(orderId, "StockUnavailable", "PaymentVoided", "OrderCancelled");
  }
}
