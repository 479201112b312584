package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer cancels before the order ships, at each stage of the saga. The saga takes about 2.5 s,
 * so each test holds the service of the next step still ({@link HeldService}) to find the order at
 * the stage, and lets it go right after the cancellation.
 */
class CustomerCancelIT {

  private static final int ON_HAND = 5;

  @Test
  void aCancellationWhilePlacedEndsWithoutAnyChargeOrReservation() {
    // given
    String sku = Catalogue.product("Zuccheriera in ceramica", 2290, ON_HAND);
    OrderRequest request = OrderRequest.byNewCustomer().line(sku, 1);

    // when
    UUID orderId = placeAndCancelWhileHeld(request, RunningService.PAYMENT, "PLACED");

    // then
    thenNothingIsCharged(orderId);
    // payment-service reads the order and its cancellation from two topics, in either order: it
    // never authorizes, or it authorizes and voids at once.
    await()
        .atMost(Saga.PATIENCE)
        .until(() -> PaymentApi.status(orderId), s -> s.equals("NONE") || s.equals("VOIDED"));
    Saga.awaitThat(() -> ShippingApi.status(orderId), "CANCELLED");
    thenStockIsWhole(sku, orderId);
    thenTheCustomerIsToldNothingIsCharged(request, orderId);
  }

  @Test
  void aCancellationWhileConfirmedVoidsTheAuthorization() {
    // given
    String sku = Catalogue.product("Lattiera inox", 1990, ON_HAND);
    OrderRequest request = OrderRequest.byNewCustomer().line(sku, 1);

    // when
    UUID orderId = placeAndCancelWhileHeld(request, RunningService.INVENTORY, "CONFIRMED");

    // then
    Saga.awaitThat(() -> PaymentApi.status(orderId), "VOIDED");
    thenNothingIsCharged(orderId);
    thenStockIsWhole(sku, orderId);
    // inventory-service, let go, reads the authorization and the cancellation from two topics, in
    // either order: it never reserves, or it reserves and releases at once; in the second case
    // shipping-service may have made the label before it read the cancellation, and voids it.
    await()
        .atMost(Saga.PATIENCE)
        .until(() -> ShippingApi.status(orderId), s -> s.equals("CANCELLED") || s.equals("VOIDED"));
    thenTheCustomerIsToldNothingIsCharged(request, orderId);
  }

  @Test
  void aCancellationInFulfilmentBeforeTheLabelReleasesTheStockAndVoidsTheAuthorization() {
    // given
    String sku = Catalogue.product("Tovagliette di lino", 3490, ON_HAND);
    OrderRequest request = OrderRequest.byNewCustomer().line(sku, 2);

    // when
    UUID orderId = placeAndCancelWhileHeld(request, RunningService.SHIPPING, "IN_FULFILMENT");

    // then
    Saga.awaitThat(() -> PaymentApi.status(orderId), "VOIDED");
    thenNothingIsCharged(orderId);
    Saga.awaitTimelineWith(orderId, "StockReserved", "StockReleased");
    thenStockIsWhole(sku, orderId);
    await()
        .atMost(Saga.PATIENCE)
        .until(() -> ShippingApi.status(orderId), s -> s.equals("CANCELLED") || s.equals("VOIDED"));
    thenTheCustomerIsToldNothingIsCharged(request, orderId);
  }

  @Test
  void aCancellationAfterTheLabelVoidsItReleasesTheStockAndLeavesNoCharge() {
    // given
    String sku = Catalogue.product("Set di cucchiaini", 1290, ON_HAND);
    OrderRequest request = OrderRequest.byNewCustomer().line(sku, 1);
    UUID orderId;

    // when
    try (HeldService inventory = HeldService.hold(RunningService.INVENTORY)) {
      orderId = OrderApi.place(request);
      Saga.awaitStatus(orderId, "CONFIRMED");
      // authorized: hold payment-service before the stock and the label can be made, so that the
      // label waits uncaptured.
      try (HeldService payment = HeldService.hold(RunningService.PAYMENT)) {
        inventory.close();
        Saga.awaitWhileHeld(() -> ShippingApi.status(orderId), "LABELLED");
        cancelAt(orderId, "IN_FULFILMENT");
      }
    }

    // then
    Saga.awaitThat(() -> ShippingApi.status(orderId), "VOIDED");
    Saga.awaitTimelineWith(orderId, "LabelCreated", "LabelVoided", "StockReleased");
    thenStockIsWhole(sku, orderId);
    // payment-service reads the label and the cancellation from two topics, in either order: it
    // voids the hold, or it captures and then refunds in full (contracts: a capture crossing the
    // cancellation). Either way the customer is not left charged.
    await()
        .atMost(Saga.PATIENCE)
        .until(() -> PaymentApi.status(orderId), s -> s.equals("VOIDED") || s.equals("REFUNDED"));
    List<PaymentApi.Step> captures = PaymentApi.approved(orderId, "CAPTURE");
    assertThat(PaymentApi.approved(orderId, "REFUND"))
        .extracting(PaymentApi.Step::amountMinor)
        .isEqualTo(captures.stream().map(PaymentApi.Step::amountMinor).toList());
  }

  /** Places the order with the next step's service held, and cancels it at the stage it waits. */
  private static UUID placeAndCancelWhileHeld(
      OrderRequest request, RunningService next, String stage) {
    try (HeldService held = HeldService.hold(next)) {
      UUID orderId = OrderApi.place(request);
      Saga.awaitStatus(orderId, stage);
      cancelAt(orderId, stage);
      return orderId;
    }
  }

  private static void cancelAt(UUID orderId, String stage) {
    assertThat(OrderApi.status(orderId)).isEqualTo(stage);
    var cancelled = OrderApi.cancel(orderId);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(cancelled.jsonPath().getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.jsonPath().getString("cancellation.reason")).isEqualTo("CUSTOMER_REQUEST");
  }

  /** No capture at any time: checked over a few seconds, then at the end. */
  private static void thenNothingIsCharged(UUID orderId) {
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> PaymentApi.approved(orderId, "CAPTURE").isEmpty());
    assertThat(OrderApi.status(orderId)).isEqualTo("CANCELLED");
  }

  private static void thenStockIsWhole(String sku, UUID orderId) {
    Saga.awaitThat(() -> InventoryApi.stock(sku), new InventoryApi.Stock(ON_HAND, 0, ON_HAND));
    assertThat(InventoryApi.holdsReservationFor(orderId)).isFalse();
  }

  private static void thenTheCustomerIsToldNothingIsCharged(OrderRequest request, UUID orderId) {
    String number = OrderApi.get(orderId).getString("orderNumber");
    assertThat(Mailbox.awaitCancellation(request.email(), number))
        .contains("you asked us to cancel it")
        .contains("You will not be charged for this order.");
  }
}
