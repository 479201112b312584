package io.shoporders.shipping.testing;

import io.agroal.api.AgroalDataSource;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends events to the real topics as the other services' relays would, and reads what this service
 * wrote to its outbox and inbox.
 */
public final class EventBus implements AutoCloseable {

  private final EventCodec codec = new EventCodec();
  private final KafkaProducer<String, String> producer;
  private final AgroalDataSource database;

  public EventBus(AgroalDataSource database) {
    this.database = database;
    Properties settings = new Properties();
    settings.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    this.producer = new KafkaProducer<>(settings);
  }

  /** Publishes the event on its topic, keyed by its order id, and waits for the broker. */
  public void publish(EventEnvelope<?> event) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(event.type().topic(), event.aggregateId(), codec.encode(event));
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not publish " + event.type(), e.getCause());
    }
  }

  /** The events this service emitted for the order, oldest first. */
  public List<EventEnvelope<?>> emitted(UUID orderId) {
    List<EventEnvelope<?>> events = new ArrayList<>();
    String sql = "SELECT payload FROM outbox_event WHERE aggregate_id = ? ORDER BY created_at";
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, orderId.toString());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(codec.decode(rows.getString(1)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return events;
  }

  /** The first event of {@code type} the service emits for the order, waited for. */
  public <P extends EventPayload> P awaitEmitted(UUID orderId, Class<P> type, Duration atMost) {
    EventType wanted = EventType.of(type);
    return Awaitility.await()
        .atMost(atMost)
        .until(
            () -> emitted(orderId).stream().filter(e -> e.type() == wanted).findFirst(),
            Optional::isPresent)
        .map(event -> type.cast(event.payload()))
        .orElseThrow();
  }

  /** Whether the service has handled the event. */
  public boolean handled(EventEnvelope<?> event) {
    String sql = "SELECT 1 FROM processed_event WHERE event_id = ?";
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, event.eventId());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
