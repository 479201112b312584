package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order paid by a card that works, with stock on hand: every service ends where it should. */
class HappyPathIT {

  @Test
  void aPaidOrderInStockShipsAndEveryServiceAgrees() throws Exception {
    // given
    String cups = Catalogue.product("Tazzine espresso", 1890, 10);
    String pot = Catalogue.product("Moka tre tazze", 4500, 5);
    OrderRequest request = OrderRequest.byNewCustomer().line(cups, 2).line(pot, 1);

    // when
    UUID orderId = OrderApi.place(request);

    // then
    assertThat(Saga.awaitFinalStatus(orderId)).isEqualTo("SHIPPED");
    JsonPath order = OrderApi.get(orderId);
    long grandTotal = order.getLong("totals.grandTotal.amountMinor");
    String trackingCode = order.getString("shipment.trackingCode");
    String trackingUrl = order.getString("shipment.trackingUrl");
    assertThat(grandTotal)
        .isEqualTo(2 * 1890 + 4500 + order.getLong("totals.shippingCost.amountMinor"));

    assertThat(PaymentApi.approved(orderId, "AUTHORIZE"))
        .extracting(PaymentApi.Step::amountMinor)
        .containsExactly(grandTotal);
    assertThat(PaymentApi.approved(orderId, "CAPTURE"))
        .extracting(PaymentApi.Step::amountMinor)
        .containsExactly(grandTotal);
    assertThat(PaymentApi.status(orderId)).isEqualTo("CAPTURED");

    Saga.awaitThat(() -> InventoryApi.stock(cups), new InventoryApi.Stock(8, 0, 8));
    Saga.awaitThat(() -> InventoryApi.stock(pot), new InventoryApi.Stock(4, 0, 4));

    JsonPath shipment = ShippingApi.shipment(orderId);
    assertThat(shipment.getString("status")).isEqualTo("LABELLED");
    assertThat(shipment.getString("trackingCode")).isEqualTo(trackingCode);
    Response label = ShippingApi.label(orderId);
    assertThat(label.statusCode()).isEqualTo(200);
    assertThat(LabelScanner.code128Of(label.asByteArray())).isEqualTo(trackingCode);

    String number = order.getString("orderNumber");
    List<String> subjects = Saga.awaitMails(request.email(), number, 3);
    assertThat(subjects).filteredOn(s -> s.contains("we have received order " + number)).hasSize(1);
    assertThat(Mailbox.of(request.email()))
        .filteredOn(mail -> mail.subject().contains(number + " has shipped"))
        .singleElement()
        .satisfies(mail -> assertThat(mail.text()).contains(trackingCode).contains(trackingUrl));

    Saga.awaitTimelineWith(orderId, "OrderShipped");
    List<String> timeline = OrderApi.timelineTypes(orderId);
    assertThat(timeline)
        .containsSubsequence(
            "OrderPlaced",
            "PaymentAuthorized",
            "StockReserved",
            "LabelCreated",
            "PaymentCaptured",
            "OrderShipped")
        .containsSubsequence("PaymentAuthorized", "OrderConfirmed", "OrderShipped")
        .doesNotContain("OrderCancelled", "PaymentVoided", "StockReleased", "LabelVoided");
    assertThat(timeline.stream().filter(type -> !type.startsWith("Notification")))
        .doesNotHaveDuplicates();
  }
}
