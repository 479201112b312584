package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.saga.OrderStatus;
import io.shoporders.contracts.saga.Participant;
import io.shoporders.order.OrderSettings;
import io.shoporders.order.domain.OrderForm;
import io.shoporders.order.domain.OrderNumbers;
import io.shoporders.order.domain.OrderValidation;
import io.shoporders.order.domain.PricedOrder;
import io.shoporders.order.domain.Pricing;
import io.shoporders.order.domain.RequestedLine;
import io.shoporders.order.domain.ValidOrder;
import io.shoporders.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Places orders: prices a validated request from the catalogue copy, then stores the order and
 * writes its OrderPlaced to the outbox in one transaction, so either both exist or neither.
 */
@ApplicationScoped
public class OrderIntake {

  private static final Logger LOG = Logger.getLogger(OrderIntake.class);
  private static final String ORIGIN = Participant.ORDER.consumerGroup();
  private static final String NEXT_NUMBER = "SELECT nextval('order_number_seq')";

  private final OrderValidation validation;
  private final Catalogue catalogue;
  private final Pricing pricing;
  private final IdempotencyKeys keys;
  private final Outbox outbox;
  private final OrderSettings settings;
  private final Clock clock;
  private final Pool pool;

  OrderIntake(
      OrderValidation validation,
      Catalogue catalogue,
      Pricing pricing,
      IdempotencyKeys keys,
      Outbox outbox,
      OrderSettings settings,
      Clock clock,
      Pool pool) {
    this.validation = validation;
    this.catalogue = catalogue;
    this.pricing = pricing;
    this.keys = keys;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
    this.pool = pool;
  }

  /**
   * Checks and places the order. With an idempotency key, once per key: the same key with the same
   * request hash returns the receipt of the order it created; with another hash the call fails with
   * {@link IdempotencyKeyReusedException}. A refused request stores nothing.
   *
   * @param key the client's Idempotency-Key, or null to place a new order on every call
   */
  public Uni<Receipt> place(OrderForm form, String key, String requestHash) {
    UUID orderId = UUID.randomUUID();
    return Uni.createFrom()
        .item(() -> validation.validate(form))
        .chain(
            order ->
                nextOrderNumber()
                    .chain(
                        number ->
                            Panache.withTransaction(
                                () -> placeOnce(orderId, number, order, key, requestHash))));
  }

  private Uni<Receipt> placeOnce(
      UUID orderId, String number, ValidOrder order, String key, String requestHash) {
    if (key == null) {
      return create(orderId, number, order);
    }
    return keys.claim(key, requestHash, orderId, clock.instant())
        .chain(
            claim ->
                claim.orderId().equals(orderId)
                    ? create(orderId, number, order)
                    : receiptOf(claim, requestHash));
  }

  private Uni<Receipt> receiptOf(IdempotencyKeys.Claim claim, String requestHash) {
    if (!claim.requestHash().equals(requestHash)) {
      return Uni.createFrom().failure(new IdempotencyKeyReusedException());
    }
    LOG.debugf("order %s requested again with its idempotency key", claim.orderId());
    // The receipt as first sent: the order was PLACED then, whatever it is now.
    return OrderEntity.<OrderEntity>findById(claim.orderId())
        .map(order -> new Receipt(order.id, order.orderNumber, OrderStatus.PLACED));
  }

  private Uni<Receipt> create(UUID orderId, String number, ValidOrder order) {
    List<String> skus = order.lines().stream().map(RequestedLine::sku).toList();
    return catalogue
        .products(skus)
        .map(products -> pricing.price(order.lines(), products))
        .map(priced -> placed(number, order, priced))
        .chain(placed -> store(EventEnvelope.first(orderId, placed, clock)));
  }

  /**
   * Draws the number before the order's transaction, on a pooled connection of its own rather than
   * through Hibernate: a sequence is never rolled back, so the transaction would add nothing, and
   * Hibernate keeps no reusable plan for a native query with a scalar result, so it built and
   * cached a new one for every order. Before, never during: transactions that each hold a
   * connection while waiting for a second one starve the pool once they hold all of them.
   */
  private Uni<String> nextOrderNumber() {
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    return pool.query(NEXT_NUMBER)
        .execute()
        .map(rows -> rows.iterator().next().getLong(0))
        .map(sequence -> OrderNumbers.format(settings.orderNumberPrefix(), year, sequence));
  }

  private static OrderPlaced placed(String number, ValidOrder order, PricedOrder priced) {
    return new OrderPlaced(
        number,
        order.customer(),
        order.shippingAddress(),
        priced.lines(),
        priced.itemsTotal(),
        priced.shippingCost(),
        priced.vatTotal(),
        priced.grandTotal(),
        order.payment());
  }

  private Uni<Receipt> store(EventEnvelope<OrderPlaced> event) {
    Instant now = clock.instant();
    OrderEntity order = OrderEntities.placed(event, now);
    List<Object> rows = new ArrayList<>(OrderEntities.lines(event));
    rows.add(TimelineEntryEntity.of(event, ORIGIN, "placed " + order.grandTotal(), now));
    return PanacheEntityBase.persist(order, rows.toArray())
        .chain(() -> outbox.emit(event))
        .invoke(() -> LOG.infof("order %s placed as %s", order.id, order.orderNumber))
        .map(nothing -> new Receipt(order.id, order.orderNumber, order.status));
  }
}
