package io.shoporders.contracts;

import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.contracts.inventory.ReservedLine;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockLine;
import io.shoporders.contracts.inventory.StockReleased;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.notification.NotificationFailed;
import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.notification.NotificationSent;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderConfirmed;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.contracts.order.PaymentMethod;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptureFailed;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.contracts.payment.PaymentDeclined;
import io.shoporders.contracts.payment.PaymentRefunded;
import io.shoporders.contracts.payment.PaymentVoided;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelFailed;
import io.shoporders.contracts.shipping.LabelVoided;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** One realistic example of every event, the same on every run, for tests and the README. */
public final class Examples {

  public static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589793Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final UUID ORDER_ID = UUID.fromString("0b9e6f52-4c1a-4f0e-9a53-2f4d6c8e1a77");
  public static final UUID EVENT_ID = UUID.fromString("5f1d7c3e-8a2b-4e6f-b1c9-3d7e2a4f6b80");
  public static final UUID CAUSE_ID = UUID.fromString("9c2e4a6b-1d3f-4b5a-8e7c-6f0a2b4d8c13");
  static final UUID PAYMENT_ID = UUID.fromString("3a7f9b1c-5e2d-4c8a-9f6b-0d4e8a2c6b71");
  static final UUID SHIPMENT_ID = UUID.fromString("7e3c5a9d-2b4f-4a6c-8d1e-9f3b5c7a1e24");
  static final UUID NOTIFICATION_ID = UUID.fromString("c4a8e2f6-9b1d-4f3a-a7c5-1e9d3b7f5a82");

  private Examples() {}

  /** The example of an event, in the envelope its producer would build. */
  public static EventEnvelope<?> envelope(EventType type) {
    EventPayload payload = payload(type);
    UUID orderId = type.aggregate() == Aggregate.ORDER ? ORDER_ID : null;
    UUID causationId = type.hasCause() ? CAUSE_ID : null;
    return new EventEnvelope<>(EVENT_ID, type, 1, NOW, orderId, causationId, payload);
  }

  /** The example payload of an event type. */
  public static EventPayload payload(EventType type) {
    return switch (type) {
      case OrderPlaced -> orderPlaced();
      case OrderConfirmed -> new OrderConfirmed("SO-2026-000123", customer(), eur("56.80"));
      case OrderShipped -> orderShipped();
      case OrderCancelled -> orderCancelled();
      case PaymentAuthorized -> paymentAuthorized();
      case PaymentDeclined -> paymentDeclined();
      case PaymentCaptured -> new PaymentCaptured(PAYMENT_ID, eur("56.80"));
      case PaymentCaptureFailed -> paymentCaptureFailed();
      case PaymentVoided -> new PaymentVoided(PAYMENT_ID, eur("56.80"));
      case PaymentRefunded -> new PaymentRefunded(PAYMENT_ID, eur("56.80"));
      default -> fulfilmentPayload(type);
    };
  }

  private static EventPayload fulfilmentPayload(EventType type) {
    return switch (type) {
      case StockReserved -> stockReserved();
      case StockUnavailable -> new StockUnavailable(List.of(new Shortage("MUG-ESPRESSO-01", 2, 1)));
      case StockReleased -> stockReleased();
      case ProductChanged -> productChanged();
      case LabelCreated -> labelCreated();
      case LabelFailed -> new LabelFailed("brt", "address_needs_review", false, 3);
      case LabelVoided -> new LabelVoided(SHIPMENT_ID, "brt", "084290123456789");
      case NotificationSent -> notificationSent();
      case NotificationFailed -> notificationFailed();
      default -> throw new IllegalArgumentException(type + " has no example");
    };
  }

  public static Money eur(String major) {
    return Money.ofMajor(major, "EUR");
  }

  public static Customer customer() {
    return new Customer(
        "Giulia Rossi", "giulia.rossi@example.com", "+393331234567", "it", Channel.EMAIL);
  }

  public static Address address() {
    return new Address(
        "Giulia Rossi",
        List.of("Via Roma 12", "Scala B, interno 4"),
        "20121",
        "Milano",
        "MI",
        "IT");
  }

  public static OrderPlaced orderPlaced() {
    List<OrderLine> lines =
        List.of(
            OrderLine.of("MUG-ESPRESSO-01", "Espresso cups, set of 2", 2, eur("12.50"), 2200, 350),
            OrderLine.of("BEANS-ARABICA-1KG", "Arabica beans 1 kg", 1, eur("24.90"), 1000, 1050));
    // VAT inside gross prices: 25.00 at 22% is 4.51, 24.90 at 10% is 2.26, 6.90 at 22% is 1.24.
    return new OrderPlaced(
        "SO-2026-000123",
        customer(),
        address(),
        lines,
        eur("49.90"),
        eur("6.90"),
        eur("8.01"),
        eur("56.80"),
        new PaymentMethod("stripe", "pm_1QfT7k2eZvKYlo2C"));
  }

  private static OrderShipped orderShipped() {
    return new OrderShipped(
        "SO-2026-000123",
        customer(),
        eur("56.80"),
        "brt",
        "084290123456789",
        "https://tracking.example.com/brt/084290123456789");
  }

  private static OrderCancelled orderCancelled() {
    return new OrderCancelled(
        "SO-2026-000123",
        customer(),
        eur("56.80"),
        CancellationReason.PAYMENT_DECLINED,
        "insufficient_funds",
        false);
  }

  private static PaymentAuthorized paymentAuthorized() {
    return new PaymentAuthorized(
        PAYMENT_ID, "stripe", eur("56.80"), Instant.parse("2026-03-21T09:26:54Z"));
  }

  private static PaymentDeclined paymentDeclined() {
    return new PaymentDeclined(
        PAYMENT_ID,
        "stripe",
        eur("56.80"),
        "insufficient_funds",
        "Your card has insufficient funds.");
  }

  private static PaymentCaptureFailed paymentCaptureFailed() {
    return new PaymentCaptureFailed(
        PAYMENT_ID, "authorization_expired", "The authorization expired before it was captured.");
  }

  private static StockReserved stockReserved() {
    return new StockReserved(
        List.of(
            new ReservedLine("MUG-ESPRESSO-01", 2, ShipsFrom.warehouse()),
            new ReservedLine("BEANS-ARABICA-1KG", 1, ShipsFrom.dropship("Torrefazione Lombarda"))));
  }

  private static StockReleased stockReleased() {
    return new StockReleased(
        List.of(new StockLine("MUG-ESPRESSO-01", 2), new StockLine("BEANS-ARABICA-1KG", 1)));
  }

  private static ProductChanged productChanged() {
    return new ProductChanged(
        "BEANS-ARABICA-1KG",
        "Arabica beans 1 kg",
        eur("24.90"),
        1000,
        1050,
        true,
        ShipsFrom.dropship("Torrefazione Lombarda"));
  }

  private static LabelCreated labelCreated() {
    return new LabelCreated(
        SHIPMENT_ID,
        "brt",
        "084290123456789",
        "https://tracking.example.com/brt/084290123456789",
        "standard",
        1850,
        null);
  }

  private static NotificationSent notificationSent() {
    return new NotificationSent(NOTIFICATION_ID, NotificationKind.ORDER_SHIPPED, Channel.EMAIL);
  }

  private static NotificationFailed notificationFailed() {
    return new NotificationFailed(
        NOTIFICATION_ID, NotificationKind.ORDER_SHIPPED, Channel.SMS, "invalid_phone", true);
  }
}
