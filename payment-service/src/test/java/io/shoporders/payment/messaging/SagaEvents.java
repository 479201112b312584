package io.shoporders.payment.messaging;

import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.PaymentMethod;
import io.shoporders.contracts.shipping.LabelCreated;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds the events other services send, and puts them on their topics as those services do. */
final class SagaEvents implements AutoCloseable {

  static final Money TOTAL = Money.ofMinor(37_40, "EUR");

  private final EventCodec codec = new EventCodec();
  private final Clock clock = Clock.systemUTC();
  private final KafkaProducer<String, String> producer;

  SagaEvents(String bootstrapServers) {
    Properties config = new Properties();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    producer = new KafkaProducer<>(config);
  }

  static OrderPlaced orderPlaced(String token, String country) {
    Money unit = Money.ofMinor(15_25, "EUR");
    Customer customer =
        new Customer("Ada Test", UUID.randomUUID() + "@example.com", null, "en", Channel.EMAIL);
    Address address =
        new Address("Ada Test", List.of("Via Po 1"), "10123", "Torino", "TO", country);
    return new OrderPlaced(
        "SO-2026-" + UUID.randomUUID().toString().substring(0, 6),
        customer,
        address,
        List.of(OrderLine.of("MUG-1", "Mug", 2, unit, 2200, 350)),
        unit.times(2),
        Money.ofMinor(6_90, "EUR"),
        Money.ofMinor(6_74, "EUR"),
        TOTAL,
        new PaymentMethod("sandbox", token));
  }

  static OrderCancelled orderCancelled() {
    Customer customer = new Customer("Ada Test", "ada@example.com", null, "en", Channel.EMAIL);
    return new OrderCancelled(
        "SO-2026-1", customer, TOTAL, CancellationReason.CUSTOMER_REQUEST, null, false);
  }

  static LabelCreated labelCreated() {
    return new LabelCreated(
        UUID.randomUUID(),
        "sandbox",
        "TRK1",
        "https://track.example.com/TRK1",
        "standard",
        700,
        null);
  }

  static StockUnavailable stockUnavailable() {
    return new StockUnavailable(List.of(new Shortage("MUG-1", 2, 0)));
  }

  /** OrderPlaced as order-service writes it: the first event of the order. */
  EventEnvelope<OrderPlaced> placed(UUID orderId, OrderPlaced payload) {
    return EventEnvelope.first(orderId, payload, clock);
  }

  /** Any later event of the order, caused by an event of another service. */
  <P extends EventPayload> EventEnvelope<P> later(UUID orderId, P payload) {
    return EventEnvelope.causedBy(orderId, UUID.randomUUID(), payload, clock);
  }

  /** Sends the envelope to its topic, keyed by order id, and waits until the broker has it. */
  void send(EventEnvelope<?> event) {
    try {
      producer
          .send(
              new ProducerRecord<>(event.type().topic(), event.aggregateId(), codec.encode(event)))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send " + event.type(), e);
    }
  }

  /** Sends a record whose value is not an event at all. */
  void sendRaw(String topic, String key, String value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
