package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The label exists and the capture is refused for good: the authorization's hold has lapsed
 * (sandbox token {@link Cards#LAPSED_HOLD}). Everything held is given back.
 */
class CaptureFailedIT {

  @Test
  void aCaptureRefusedAfterTheLabelVoidsTheLabelReleasesTheStockAndCancels() {
    // given
    String kettle = Catalogue.product("Bollitore smaltato", 5290, 3);
    OrderRequest request = OrderRequest.byNewCustomer().line(kettle, 1).paidWith(Cards.LAPSED_HOLD);

    // when
    UUID orderId = OrderApi.place(request);

    // then
    assertThat(Saga.awaitFinalStatus(orderId)).isEqualTo("CANCELLED");
    JsonPath order = OrderApi.get(orderId);
    assertThat(order.getString("cancellation.reason")).isEqualTo("CAPTURE_FAILED");

    assertThat(PaymentApi.history(orderId))
        .filteredOn(step -> step.operation().equals("CAPTURE"))
        .filteredOn(step -> !step.outcome().equals("REQUESTED"))
        .extracting(PaymentApi.Step::outcome, PaymentApi.Step::code)
        .containsExactly(tuple("DECLINED", "authorization_expired"));
    Saga.awaitThat(() -> PaymentApi.status(orderId), "VOIDED");
    assertThat(PaymentApi.payment(orderId).getString("captured")).isNull();

    Saga.awaitThat(() -> ShippingApi.status(orderId), "VOIDED");
    Saga.awaitThat(() -> InventoryApi.stock(kettle), new InventoryApi.Stock(3, 0, 3));
    Saga.awaitTimelineWith(
        orderId, "LabelCreated", "PaymentCaptureFailed", "LabelVoided", "StockReleased");

    String number = order.getString("orderNumber");
    assertThat(Mailbox.awaitCancellation(request.email(), number))
        .contains("we could not complete the payment")
        .contains("You were not charged");
  }
}
