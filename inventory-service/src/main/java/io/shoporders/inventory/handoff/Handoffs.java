package io.shoporders.inventory.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.ReservedLine;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.contracts.inventory.StockLine;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.inventory.InventoryConfig;
import io.shoporders.inventory.persistence.HandoffEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Records, on StockReserved, one hand-off per destination: the shop's warehouse, or each dropship
 * supplier. Delivery happens later and apart ({@link HandoffDispatcher}), so a destination that is
 * down never holds up the consumer or other orders.
 */
@ApplicationScoped
public class Handoffs {

  /** The destination of every line that ships from the shop's own warehouse. */
  public static final String WAREHOUSE = "warehouse";

  private static final Logger LOG = Logger.getLogger(Handoffs.class);

  private final InventoryConfig config;
  private final ObjectMapper json;
  private final Clock clock;

  Handoffs(InventoryConfig config, ObjectMapper json, Clock clock) {
    this.config = config;
    this.json = json;
    this.clock = clock;
  }

  /** Records the hand-offs of a reserved order; call inside the consumer's transaction. */
  public Uni<Void> record(EventEnvelope<StockReserved> reserved) {
    return HandoffEntity.count("orderId", reserved.orderId())
        .chain(existing -> existing == 0 ? create(reserved) : alreadyHandedOff(reserved));
  }

  private Uni<Void> create(EventEnvelope<StockReserved> reserved) {
    Map<String, List<StockLine>> byDestination = byDestination(reserved.payload().lines());
    List<HandoffEntity> handoffs =
        byDestination.entrySet().stream()
            .map(entry -> handoff(reserved.orderId(), entry.getKey(), entry.getValue()))
            .toList();
    return HandoffEntity.persist(handoffs)
        .invoke(
            () ->
                handoffs.forEach(
                    h ->
                        LOG.infof(
                            "Order %s: hand-off to %s %s", h.orderId, h.destination, h.status)));
  }

  /** A second StockReserved for the order, e.g. a replayed one: the order is handed off once. */
  private static Uni<Void> alreadyHandedOff(EventEnvelope<StockReserved> reserved) {
    LOG.infof(
        "Order %s: already handed off, %s %s ignored",
        reserved.orderId(), reserved.type(), reserved.eventId());
    return Uni.createFrom().voidItem();
  }

  /** Hand-offs of a cancelled order that were not delivered are never delivered. */
  public Uni<Void> recall(UUID orderId) {
    return HandoffEntity.update(
            "status = ?1, updatedAt = ?2 where orderId = ?3 and status in (?4, ?5)",
            HandoffEntity.RECALLED,
            clock.instant(),
            orderId,
            HandoffEntity.PENDING,
            HandoffEntity.FAILED)
        .invoke(count -> LOG.infof("Order %s: %d undelivered hand-offs recalled", orderId, count))
        .replaceWithVoid();
  }

  private HandoffEntity handoff(UUID orderId, String destination, List<StockLine> lines) {
    HandoffEntity handoff = new HandoffEntity();
    handoff.id = UUID.randomUUID();
    handoff.orderId = orderId;
    handoff.destination = destination;
    InventoryConfig.Adapter adapter = config.handoff().adapterOf(destination);
    handoff.adapter = adapter.name().toLowerCase(Locale.ROOT);
    handoff.body = body(new HandoffBody(handoff.id, orderId, destination, lines));
    handoff.status =
        adapter == InventoryConfig.Adapter.NONE ? HandoffEntity.RECORDED : HandoffEntity.PENDING;
    handoff.createdAt = clock.instant();
    handoff.updatedAt = handoff.createdAt;
    handoff.nextAttemptAt = handoff.createdAt;
    return handoff;
  }

  private String body(HandoffBody body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException impossible) {
      // A record of UUIDs, strings and ints always serialises.
      throw new IllegalStateException(impossible);
    }
  }

  /** The lines per destination, their skus summed, destinations in name order. */
  private static Map<String, List<StockLine>> byDestination(List<ReservedLine> lines) {
    return lines.stream()
        .collect(
            Collectors.groupingBy(
                line -> destinationOf(line.shipsFrom()),
                TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.groupingBy(
                        ReservedLine::sku,
                        TreeMap::new,
                        Collectors.summingInt(ReservedLine::quantity)),
                    units ->
                        units.entrySet().stream()
                            .map(unit -> new StockLine(unit.getKey(), unit.getValue()))
                            .toList())));
  }

  private static String destinationOf(ShipsFrom shipsFrom) {
    return shipsFrom.kind() == ShipsFrom.Kind.WAREHOUSE ? WAREHOUSE : shipsFrom.supplier();
  }
}
