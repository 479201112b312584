package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.payment.PaymentAuthorized;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

  private final OrderPlaced orderPlaced = Examples.orderPlaced();

  @Test
  void firstEventOfAnOrderHasNoCauseAndTheCurrentVersion() {
    EventEnvelope<OrderPlaced> placed =
        EventEnvelope.first(Examples.ORDER_ID, orderPlaced, Examples.CLOCK);

    assertThat(placed.type()).isEqualTo(EventType.OrderPlaced);
    assertThat(placed.version()).isEqualTo(EventType.OrderPlaced.currentVersion());
    assertThat(placed.orderId()).isEqualTo(Examples.ORDER_ID);
    assertThat(placed.causationId()).isNull();
    assertThat(placed.occurredAt()).isEqualTo(Examples.NOW);
    assertThat(placed.aggregateId()).isEqualTo(Examples.ORDER_ID.toString());
  }

  @Test
  void aReactionKeepsTheOrderAndNamesItsCause() {
    EventEnvelope<OrderPlaced> placed =
        EventEnvelope.first(Examples.ORDER_ID, orderPlaced, Examples.CLOCK);
    PaymentAuthorized authorized =
        (PaymentAuthorized) Examples.payload(EventType.PaymentAuthorized);

    EventEnvelope<PaymentAuthorized> reaction =
        EventEnvelope.causedBy(placed, authorized, Examples.CLOCK);

    assertThat(reaction.type()).isEqualTo(EventType.PaymentAuthorized);
    assertThat(reaction.orderId()).isEqualTo(placed.orderId());
    assertThat(reaction.causationId()).isEqualTo(placed.eventId());
    assertThat(reaction.eventId()).isNotEqualTo(placed.eventId());
  }

  @Test
  void aReactionCanBeBuiltFromTheIdsOfItsCause() {
    PaymentAuthorized authorized =
        (PaymentAuthorized) Examples.payload(EventType.PaymentAuthorized);

    EventEnvelope<PaymentAuthorized> reaction =
        EventEnvelope.causedBy(Examples.ORDER_ID, Examples.CAUSE_ID, authorized, Examples.CLOCK);

    assertThat(reaction.orderId()).isEqualTo(Examples.ORDER_ID);
    assertThat(reaction.causationId()).isEqualTo(Examples.CAUSE_ID);
  }

  @Test
  void everyEventGetsItsOwnId() {
    EventEnvelope<OrderPlaced> one =
        EventEnvelope.first(Examples.ORDER_ID, orderPlaced, Examples.CLOCK);
    EventEnvelope<OrderPlaced> two =
        EventEnvelope.first(Examples.ORDER_ID, orderPlaced, Examples.CLOCK);

    assertThat(one.eventId()).isNotEqualTo(two.eventId());
  }

  @Test
  void occurredAtIsKeptToTheMicrosecondLikePostgres() {
    Clock nanos = Clock.fixed(Instant.parse("2026-03-14T09:26:53.123456789Z"), ZoneOffset.UTC);

    EventEnvelope<OrderPlaced> placed = EventEnvelope.first(Examples.ORDER_ID, orderPlaced, nanos);

    assertThat(placed.occurredAt()).isEqualTo(Instant.parse("2026-03-14T09:26:53.123456Z"));
  }

  @Test
  void productChangeHasNoOrderAndIsKeyedBySku() {
    ProductChanged changed = (ProductChanged) Examples.payload(EventType.ProductChanged);

    EventEnvelope<ProductChanged> envelope = EventEnvelope.ofProduct(changed, Examples.CLOCK);

    assertThat(envelope.orderId()).isNull();
    assertThat(envelope.causationId()).isNull();
    assertThat(envelope.aggregateId()).isEqualTo("BEANS-ARABICA-1KG");
    assertThat(envelope.type().aggregate()).isEqualTo(Aggregate.PRODUCT);
  }

  @Test
  void onlyTheFirstEventOfAnOrderMayLackACause() {
    PaymentAuthorized authorized =
        (PaymentAuthorized) Examples.payload(EventType.PaymentAuthorized);

    assertThatThrownBy(() -> EventEnvelope.first(Examples.ORDER_ID, authorized, Examples.CLOCK))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("causationId is required for PaymentAuthorized");
  }

  @Test
  void orderPlacedCannotHaveACause() {
    assertThatThrownBy(
            () ->
                EventEnvelope.causedBy(
                    Examples.ORDER_ID, Examples.CAUSE_ID, orderPlaced, Examples.CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("causationId must be absent for OrderPlaced");
  }

  @Test
  void anOrderEventNeedsItsOrderId() {
    assertThatThrownBy(() -> EventEnvelope.first(null, orderPlaced, Examples.CLOCK))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("orderId is required for OrderPlaced");
  }

  @Test
  void typeMustMatchThePayload() {
    assertThatThrownBy(
            () ->
                new EventEnvelope<>(
                    UUID.randomUUID(),
                    EventType.OrderConfirmed,
                    1,
                    Examples.NOW,
                    Examples.ORDER_ID,
                    Examples.CAUSE_ID,
                    orderPlaced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload is a OrderPlaced, not the payload of OrderConfirmed");
  }

  @Test
  void versionMustBeOneThisBuildKnows() {
    assertThatThrownBy(
            () ->
                new EventEnvelope<>(
                    UUID.randomUUID(),
                    EventType.OrderPlaced,
                    2,
                    Examples.NOW,
                    Examples.ORDER_ID,
                    null,
                    orderPlaced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("version 2 is not a version of OrderPlaced");
  }
}
