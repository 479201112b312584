package io.shoporders.inventory.testing;

import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.PaymentMethod;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptured;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events of the saga as the other services publish them, for one order at a time, sent to the real
 * topics with a plain producer (key = order id, value = the codec's JSON).
 */
public final class SagaEvents implements AutoCloseable {

  private static final Clock CLOCK = Clock.systemUTC();
  private static final EventCodec CODEC = new EventCodec();

  private final KafkaProducer<String, String> producer;

  public SagaEvents(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  /** An OrderPlaced with one line per (sku, quantity) pair. */
  public static EventEnvelope<OrderPlaced> placed(Object... skusAndQuantities) {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < skusAndQuantities.length; i += 2) {
      int quantity = (Integer) skusAndQuantities[i + 1];
      lines.add(
          OrderLine.of(
              (String) skusAndQuantities[i], "Test product", quantity, eur(1000), 2200, 300));
    }
    Money items = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    OrderPlaced placed =
        new OrderPlaced(
            "SO-TEST",
            customer(),
            address(),
            lines,
            items,
            eur(0),
            eur(0),
            items,
            new PaymentMethod("sandbox", "tok_test"));
    return EventEnvelope.first(UUID.randomUUID(), placed, CLOCK);
  }

  public static EventEnvelope<PaymentAuthorized> authorized(EventEnvelope<OrderPlaced> placed) {
    PaymentAuthorized authorized =
        new PaymentAuthorized(
            UUID.randomUUID(),
            "sandbox",
            placed.payload().grandTotal(),
            Instant.now().plusSeconds(3600));
    return EventEnvelope.causedBy(placed, authorized, CLOCK);
  }

  public static EventEnvelope<PaymentCaptured> captured(EventEnvelope<OrderPlaced> placed) {
    PaymentCaptured captured =
        new PaymentCaptured(UUID.randomUUID(), placed.payload().grandTotal());
    return EventEnvelope.causedBy(placed, captured, CLOCK);
  }

  public static EventEnvelope<OrderCancelled> cancelled(EventEnvelope<OrderPlaced> placed) {
    OrderCancelled cancelled =
        new OrderCancelled(
            "SO-TEST",
            customer(),
            placed.payload().grandTotal(),
            CancellationReason.CUSTOMER_REQUEST,
            null,
            false);
    return EventEnvelope.causedBy(placed, cancelled, CLOCK);
  }

  /** Sends the events in this order, each to its topic, and waits until the broker has them. */
  @SafeVarargs
  public final void send(EventEnvelope<? extends EventPayload>... events) {
    for (EventEnvelope<?> event : events) {
      producer.send(
          new ProducerRecord<>(event.type().topic(), event.aggregateId(), CODEC.encode(event)));
    }
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }

  private static Money eur(long cents) {
    return Money.ofMinor(cents, "EUR");
  }

  private static Customer customer() {
    return new Customer("Test Customer", "test@example.com", null, "en", Channel.EMAIL);
  }

  private static Address address() {
    return new Address("Test Customer", List.of("Via Test 1"), "20121", "Milano", "MI", "IT");
  }
}
