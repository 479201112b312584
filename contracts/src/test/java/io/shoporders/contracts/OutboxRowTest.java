package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutboxRowTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private final EventCodec codec = new EventCodec();

  @Test
  void rowOfAnOrderEventRoutesByTypeAndIsKeyedByOrderId() {
    EventEnvelope<?> confirmed = Examples.envelope(EventType.OrderConfirmed);

    OutboxRow row = OutboxRow.from(confirmed, codec, TRACEPARENT);

    assertThat(row.id()).isEqualTo(confirmed.eventId());
    assertThat(row.aggregateType()).isEqualTo("order");
    assertThat(row.aggregateId()).isEqualTo(Examples.ORDER_ID.toString());
    assertThat(row.type()).isEqualTo("OrderConfirmed");
    assertThat(row.traceparent()).isEqualTo(TRACEPARENT);
    assertThat(row.createdAt()).isEqualTo(confirmed.occurredAt());
  }

  @Test
  void payloadIsTheWholeEnvelopeAsTheCodecWritesIt() {
    EventEnvelope<?> placed = Examples.envelope(EventType.OrderPlaced);

    OutboxRow row = OutboxRow.from(placed, codec, null);

    assertThat(row.payload()).isEqualTo(codec.encode(placed));
    assertThat(codec.decode(row.payload())).isEqualTo(placed);
  }

  @Test
  void rowOfAProductChangeIsKeyedBySku() {
    EventEnvelope<?> changed = Examples.envelope(EventType.ProductChanged);

    OutboxRow row = OutboxRow.from(changed, codec, null);

    assertThat(row.aggregateType()).isEqualTo("product");
    assertThat(row.aggregateId()).isEqualTo("BEANS-ARABICA-1KG");
  }

  @Test
  void malformedTraceparentIsRefused() {
    EventEnvelope<?> placed = Examples.envelope(EventType.OrderPlaced);

    assertThatThrownBy(() -> OutboxRow.from(placed, codec, "trace-me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("traceparent must be a W3C traceparent");
  }

  @Test
  void traceparentFitsItsColumn() {
    assertThat(TRACEPARENT).hasSize(55);
  }
}
