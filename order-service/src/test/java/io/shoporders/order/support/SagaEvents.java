package io.shoporders.order.support;

import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends events to the topics as the other services would: codec-encoded envelopes. */
public final class SagaEvents implements AutoCloseable {

  private final EventCodec codec = new EventCodec();
  private final KafkaProducer<String, String> producer;

  public SagaEvents(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  /** An event about the order, caused by its OrderPlaced. */
  public static <P extends EventPayload> EventEnvelope<P> about(
      UUID orderId, UUID placedEventId, P payload) {
    return EventEnvelope.causedBy(orderId, placedEventId, payload, Clock.systemUTC());
  }

  /** Sends the envelope to its topic, keyed as the outbox relay keys it, and waits for the ack. */
  public void send(EventEnvelope<?> event) throws Exception {
    send(event.type().topic(), event.aggregateId(), codec.encode(event));
  }

  public void send(String topic, String key, String value) throws Exception {
    producer.send(new ProducerRecord<>(topic, key, value)).get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
