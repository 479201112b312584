package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A card the issuer declines: the order ends before anything is held. */
class PaymentDeclinedIT {

  @Test
  void aDeclinedCardCancelsTheOrderWithoutTouchingStockOrMakingALabel() {
    // given
    String grinder = Catalogue.product("Macinacaffe manuale", 3990, 4);
    OrderRequest request =
        OrderRequest.byNewCustomer().line(grinder, 1).paidWith(Cards.INSUFFICIENT_FUNDS);

    // when
    UUID orderId = OrderApi.place(request);

    // then
    assertThat(Saga.awaitFinalStatus(orderId)).isEqualTo("CANCELLED");
    JsonPath order = OrderApi.get(orderId);
    assertThat(order.getString("cancellation.reason")).isEqualTo("PAYMENT_DECLINED");
    assertThat(order.getString("cancellation.detail")).isEqualTo("insufficient_funds");

    assertThat(PaymentApi.status(orderId)).isEqualTo("DECLINED");
    assertThat(PaymentApi.approved(orderId, "AUTHORIZE")).isEmpty();
    assertThat(PaymentApi.approved(orderId, "CAPTURE")).isEmpty();

    Saga.awaitThat(() -> ShippingApi.status(orderId), "CANCELLED");
    assertThat(ShippingApi.label(orderId).statusCode()).isEqualTo(404);

    String number = order.getString("orderNumber");
    assertThat(Mailbox.awaitCancellation(request.email(), number))
        .contains("the payment was declined")
        .contains("You were not charged");

    assertThat(InventoryApi.stock(grinder)).isEqualTo(new InventoryApi.Stock(4, 0, 4));
    assertThat(InventoryApi.holdsReservationFor(orderId)).isFalse();
  }
}
