package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.payment.PaymentAuthorized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventCodec codec = new EventCodec();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventRoundTripsThroughJsonUnchanged(EventType type) {
    EventEnvelope<?> event = Examples.envelope(type);

    EventEnvelope<?> decoded = codec.decode(codec.encode(event));

    assertThat(decoded).isEqualTo(event);
    assertThat(decoded.payload()).isInstanceOf(type.payloadType());
  }

  @Test
  void writesTheEnvelopeFieldsInTheirDocumentedOrder() {
    EventEnvelope<?> placed = Examples.envelope(EventType.OrderPlaced);

    JsonNode json = tree(codec.encode(placed));

    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "eventId", "type", "version", "occurredAt", "orderId", "causationId", "payload");
  }

  @Test
  void writesMoneyAsIntegerMinorUnitsAndTimeAsUtcIso8601() {
    EventEnvelope<?> placed = Examples.envelope(EventType.OrderPlaced);

    JsonNode json = tree(codec.encode(placed));

    assertThat(json.at("/payload/grandTotal/amountMinor").isIntegralNumber()).isTrue();
    assertThat(json.at("/payload/grandTotal/amountMinor").longValue()).isEqualTo(5680);
    assertThat(json.get("occurredAt").asText()).isEqualTo("2026-03-14T09:26:53.589793Z");
  }

  @Test
  void unknownFieldsAreIgnoredAtEveryLevel() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    json.put("partition", 3);
    ((ObjectNode) json.get("payload")).put("giftWrap", true);
    ((ObjectNode) json.at("/payload/lines/0")).putObject("engraving").put("text", "Ciao");

    EventEnvelope<?> decoded = codec.decode(json.toString());

    assertThat(decoded).isEqualTo(Examples.envelope(EventType.OrderPlaced));
  }

  @Test
  void missingGrandTotalIsRejectedNamingTheField() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.get("payload")).remove("grandTotal");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("payload.grandTotal is required");
  }

  @Test
  void missingAmountIsRejectedInsteadOfReadAsZero() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/shippingCost")).remove("amountMinor");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("payload.shippingCost.amountMinor is required");
  }

  @Test
  void nullInsideAListIsRejectedWithItsIndex() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/lines/1")).putNull("sku");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("payload.lines[1].sku is required");
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/customer")).remove("phone");
    ((ObjectNode) json.at("/payload/shippingAddress")).remove("province");

    OrderPlaced placed = codec.decode(json.toString(), OrderPlaced.class).payload();

    assertThat(placed.customer().phone()).isNull();
    assertThat(placed.shippingAddress().province()).isNull();
  }

  @Test
  void aValueTheRecordRefusesIsRejectedWithItsPath() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/lines/0/unitPrice")).put("currency", "EURO");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage(
            "payload.lines[0].unitPrice.currency must be an ISO 4217 currency code, got EURO");
  }

  @Test
  void totalsThatDoNotAddUpAreRejected() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/grandTotal")).put("amountMinor", 9999);

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("payload.grandTotal must be itemsTotal + shippingCost");
  }

  @Test
  void fractionalAmountIsRejectedNeverRounded() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/grandTotal")).put("amountMinor", 5680.5);

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("payload.grandTotal.amountMinor is not valid");
  }

  @Test
  void amountWrittenAsTextIsRejected() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    ((ObjectNode) json.at("/payload/grandTotal")).put("amountMinor", "5680");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("payload.grandTotal.amountMinor is not valid");
  }

  @Test
  void unknownEventTypeIsUnsupported() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    json.put("type", "OrderTeleported");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(UnsupportedEventException.class)
        .hasMessageContaining("OrderTeleported");
  }

  @Test
  void versionNewerThanThisBuildReadsIsUnsupported() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    json.put("version", 2);
    // A newer version may have dropped fields: the version is judged before the payload.
    ((ObjectNode) json.get("payload")).remove("lines");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(UnsupportedEventException.class)
        .hasMessage("version 2 of OrderPlaced is newer than 1, the newest this build reads");
  }

  @Test
  void versionBelowOneIsInvalid() {
    ObjectNode json = encoded(EventType.OrderPlaced);
    json.put("version", 0);

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("version must be a whole number from 1");
  }

  @Test
  void bothRejectionsAreUnreadableSoConsumersDeadLetterThem() {
    assertThatThrownBy(() -> codec.decode("{\"type\":\"OrderTeleported\",\"version\":1}"))
        .isInstanceOf(UnreadableEventException.class);
    assertThatThrownBy(() -> codec.decode("not json"))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageStartingWith("event is not JSON");
  }

  @Test
  void recordWithoutValueIsInvalid() {
    assertThatThrownBy(() -> codec.decode(null))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("event is empty: the record has no value");
  }

  @Test
  void anEventOfAnOrderWithoutCauseIsRejected() {
    ObjectNode json = encoded(EventType.PaymentAuthorized);
    json.putNull("causationId");

    assertThatThrownBy(() -> codec.decode(json.toString()))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("causationId is required for PaymentAuthorized");
  }

  @Test
  void typedDecodeRefusesAnotherEventType() {
    String authorized = codec.encode(Examples.envelope(EventType.PaymentAuthorized));

    assertThatThrownBy(() -> codec.decode(authorized, OrderPlaced.class))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("type is PaymentAuthorized, expected OrderPlaced");
  }

  @Test
  void typedDecodeGivesTheTypedPayload() {
    String authorized = codec.encode(Examples.envelope(EventType.PaymentAuthorized));

    EventEnvelope<PaymentAuthorized> decoded = codec.decode(authorized, PaymentAuthorized.class);

    assertThat(decoded.payload().amount()).isEqualTo(Examples.eur("56.80"));
  }

  private ObjectNode encoded(EventType type) {
    return (ObjectNode) tree(codec.encode(Examples.envelope(type)));
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
