package io.shoporders.notification.stack;

import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events as the relay does: topic = type, key = order id, value = the envelope. */
public final class Events {

  private static final EventCodec CODEC = new EventCodec();
  private static final KafkaProducer<String, String> PRODUCER = producer();

  private Events() {}

  public static void publish(EventEnvelope<?> event) {
    var record =
        new ProducerRecord<>(event.type().topic(), event.aggregateId(), CODEC.encode(event));
    try {
      PRODUCER.send(record).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    } catch (ExecutionException | TimeoutException failed) {
      throw new IllegalStateException("Kafka did not take " + event.type(), failed);
    }
  }

  private static KafkaProducer<String, String> producer() {
    Properties config = new Properties();
    config.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(config);
  }
}
