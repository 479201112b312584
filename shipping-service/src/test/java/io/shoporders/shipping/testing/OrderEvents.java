package io.shoporders.shipping.testing;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.ReservedLine;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.PaymentMethod;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Events of one order, as the other services would publish them. */
public final class OrderEvents {

  public static final Address BERLIN =
      new Address(
          "Łukasz Zoë",
          List.of("Große Hamburger Straße 17, Hinterhaus links"),
          "10115",
          "Berlin",
          null,
          "DE");

  private static final Clock CLOCK = Clock.systemUTC();
  private static final Customer CUSTOMER =
      new Customer("Łukasz Zoë", "lukasz@example.org", null, "de", Channel.EMAIL);

  public final UUID orderId = UUID.randomUUID();
  public final String orderNumber = "SO-2026-" + orderId.toString().substring(0, 6);
  private EventEnvelope<OrderPlaced> placed;

  /** OrderPlaced to {@code address}, with a line of {@code quantity} units of {@code grams}. */
  public EventEnvelope<OrderPlaced> placed(Address address, int quantity, int grams) {
    Money price = Money.ofMinor(1_250, "EUR");
    OrderLine line = OrderLine.of("MUG-01", "Mug", quantity, price, 2200, grams);
    Money items = line.lineTotal();
    OrderPlaced payload =
        new OrderPlaced(
            orderNumber,
            CUSTOMER,
            address,
            List.of(line),
            items,
            Money.zero("EUR"),
            Money.ofMinor(items.amountMinor() * 22 / 122, "EUR"),
            items,
            new PaymentMethod("sandbox", "pm_test"));
    placed = EventEnvelope.first(orderId, payload, CLOCK);
    return placed;
  }

  /** OrderPlaced of three mugs of 250 g to Berlin. */
  public EventEnvelope<OrderPlaced> placed() {
    return placed(BERLIN, 3, 250);
  }

  public EventEnvelope<StockReserved> stockReserved() {
    ReservedLine line = new ReservedLine("MUG-01", 3, ShipsFrom.warehouse());
    return EventEnvelope.causedBy(
        orderId, UUID.randomUUID(), new StockReserved(List.of(line)), CLOCK);
  }

  public EventEnvelope<OrderCancelled> cancelled() {
    OrderCancelled payload =
        new OrderCancelled(
            orderNumber,
            CUSTOMER,
            Money.ofMinor(3_750, "EUR"),
            CancellationReason.CUSTOMER_REQUEST,
            null,
            false);
    return EventEnvelope.causedBy(orderId, UUID.randomUUID(), payload, CLOCK);
  }
}
