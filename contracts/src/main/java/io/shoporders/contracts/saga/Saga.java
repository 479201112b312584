package io.shoporders.contracts.saga;

import static io.shoporders.contracts.saga.Participant.INVENTORY;
import static io.shoporders.contracts.saga.Participant.NOTIFICATION;
import static io.shoporders.contracts.saga.Participant.ORDER;
import static io.shoporders.contracts.saga.Participant.PAYMENT;
import static io.shoporders.contracts.saga.Participant.SHIPPING;

import io.shoporders.contracts.EventType;
import java.util.List;

/**
 * The saga as a table: for every event, who emits it, who reacts and how, and what undoes each
 * reaction when the order is cancelled later. There is no orchestrator; each service reads its own
 * rows and follows {@link #RULES}. The module's README shows the same table.
 */
public final class Saga {

  private static final String NOTHING_HELD = "nothing to undo: nothing is held yet";
  private static final String RECORD_ONLY = "nothing to undo: a record of the order's history";
  private static final String MESSAGE_SENT = "nothing to undo: a message is not taken back";
  private static final String FINAL = "nothing to undo: the order has reached a final state";

  /** The rules every service follows, whatever event it handles. */
  public static final List<String> RULES =
      List.of(
          "Events arrive late, twice, or in a different order across topics (order-service may"
              + " read StockReserved before PaymentAuthorized). A reaction depends on the facts"
              + " the service has recorded, never on arrival order: a step that needs two facts"
              + " runs when the second of them is recorded.",
          "A step that was compensated is never performed afterwards: a label that arrives after"
              + " a cancellation is voided, never paid for; a voided authorization is never"
              + " captured; stock is not reserved for a cancelled order.",
          "A customer or an operator may cancel an order until it has shipped.",
          "Nothing is charged for goods that do not ship: the capture happens only after the"
              + " label exists, and at most once per order.",
          "A consumer records each event id it handles in the same transaction as the effect, so"
              + " a redelivered event changes nothing.",
          "A record that cannot be handled goes to the consumer group's dead-letter topic and the"
              + " consumer moves on; a transient failure is retried, never dead-lettered.",
          "State change and outbox row commit in one transaction; nothing is sent to Kafka"
              + " directly.");

  /** Every event, once, in the order a happy order meets them, then the compensations. */
  public static final List<SagaStep> STEPS =
      List.of(
          row(
              EventType.OrderPlaced,
              ORDER,
              react(
                  PAYMENT,
                  "applies the fraud rules, then authorizes grandTotal with the payment method's"
                      + " token; emits PaymentAuthorized or PaymentDeclined",
                  "voids the authorization (PaymentVoided) on StockUnavailable or"
                      + " OrderCancelled"),
              react(
                  NOTIFICATION,
                  "sends the order-received message (ORDER_RECEIVED); emits NotificationSent or"
                      + " NotificationFailed",
                  MESSAGE_SENT),
              react(
                  INVENTORY,
                  "records the lines, to reserve them once the payment is authorized",
                  NOTHING_HELD),
              react(
                  SHIPPING,
                  "records the shipping address, customer contact and parcel weight, to make the"
                      + " label once the stock is reserved",
                  NOTHING_HELD)),
          row(
              EventType.PaymentAuthorized,
              PAYMENT,
              react(
                  ORDER,
                  "moves a PLACED order to CONFIRMED and emits OrderConfirmed; a cancelled"
                      + " order stays CANCELLED",
                  "OrderCancelled, if a later step fails or a person cancels"),
              react(
                  INVENTORY,
                  "reserves every line at once, or none, with the lines recorded from"
                      + " OrderPlaced; emits StockReserved or StockUnavailable. Never reserves"
                      + " for an order it has seen cancelled",
                  "releases the reservation (StockReleased) on OrderCancelled")),
          row(
              EventType.PaymentDeclined,
              PAYMENT,
              react(
                  ORDER,
                  "moves the order to CANCELLED with reason PAYMENT_DECLINED and the decline"
                      + " code as detail; emits OrderCancelled",
                  FINAL)),
          row(
              EventType.OrderConfirmed,
              ORDER,
              react(
                  NOTIFICATION,
                  "sends the payment-confirmed message (ORDER_CONFIRMED) where the shop turns"
                      + " it on",
                  MESSAGE_SENT)),
          row(
              EventType.StockReserved,
              INVENTORY,
              react(
                  ORDER,
                  "records the reservation; a CONFIRMED order moves to IN_FULFILMENT",
                  RECORD_ONLY),
              react(
                  SHIPPING,
                  "makes the label with the address recorded from OrderPlaced, retrying an"
                      + " unavailable carrier with back-off; emits LabelCreated, or LabelFailed"
                      + " when the retries are spent or the address or parcel needs review. Never"
                      + " for an order it has seen cancelled",
                  "voids the label at the carrier (LabelVoided) on OrderCancelled"),
              react(
                  INVENTORY,
                  "hands the order to the warehouse (ERP), or the dropship lines to their"
                      + " supplier",
                  "recalls the hand-over and releases the units (StockReleased) on"
                      + " OrderCancelled")),
          row(
              EventType.StockUnavailable,
              INVENTORY,
              react(
                  PAYMENT,
                  "voids the authorization; emits PaymentVoided",
                  "this is itself a compensation"),
              react(
                  ORDER,
                  "moves the order to CANCELLED with reason OUT_OF_STOCK and the short skus as"
                      + " detail; emits OrderCancelled",
                  FINAL)),
          row(
              EventType.LabelCreated,
              SHIPPING,
              react(
                  PAYMENT,
                  "captures the authorized amount, once, unless it has seen the order cancelled"
                      + " or voided the authorization; emits PaymentCaptured or"
                      + " PaymentCaptureFailed",
                  "refunds the capture (PaymentRefunded) if an OrderCancelled crossed it"),
              react(
                  ORDER,
                  "records carrier, tracking code and tracking link for OrderShipped",
                  RECORD_ONLY)),
          row(
              EventType.LabelFailed,
              SHIPPING,
              react(
                  ORDER,
                  "adds the failure to the order's timeline; the status does not change; shipping"
                      + " emitted it after its own retries and waits for an operator to fix the"
                      + " address or the parcel and retry",
                  RECORD_ONLY)),
          row(
              EventType.PaymentCaptured,
              PAYMENT,
              react(
                  ORDER,
                  "moves the order to SHIPPED once LabelCreated is recorded too, and emits"
                      + " OrderShipped with carrier, tracking code and link; a cancelled order"
                      + " stays CANCELLED and payment refunds",
                  FINAL),
              react(
                  INVENTORY,
                  "takes the reserved units out of stock for good, unless it has seen the order"
                      + " cancelled",
                  "puts the units back (StockReleased) if an OrderCancelled crossed the"
                      + " capture")),
          row(
              EventType.PaymentCaptureFailed,
              PAYMENT,
              react(
                  ORDER,
                  "moves the order to CANCELLED with reason CAPTURE_FAILED; emits"
                      + " OrderCancelled",
                  FINAL)),
          row(
              EventType.OrderShipped,
              ORDER,
              react(
                  NOTIFICATION,
                  "sends the shipped message (ORDER_SHIPPED) by e-mail or SMS as the customer"
                      + " chose, with carrier, tracking code and tracking link",
                  MESSAGE_SENT)),
          row(
              EventType.OrderCancelled,
              ORDER,
              react(
                  PAYMENT,
                  "voids an authorization not yet captured (PaymentVoided), refunds a capture"
                      + " (PaymentRefunded), does nothing after a decline; never captures"
                      + " afterwards",
                  "this is itself the compensation"),
              react(
                  INVENTORY,
                  "releases what it reserved, or took out of stock after a crossing capture"
                      + " (StockReleased), and recalls a hand-over; does nothing when nothing was"
                      + " reserved; never reserves afterwards",
                  "this is itself the compensation"),
              react(
                  SHIPPING,
                  "voids a label it made (LabelVoided); never makes one afterwards",
                  "this is itself the compensation"),
              react(
                  NOTIFICATION,
                  "tells the customer why (ORDER_CANCELLED), and that nothing was charged"
                      + " unless customerCharged says a refund follows",
                  MESSAGE_SENT)),
          timeline(EventType.PaymentVoided, PAYMENT),
          timeline(EventType.PaymentRefunded, PAYMENT),
          timeline(EventType.StockReleased, INVENTORY),
          timeline(EventType.LabelVoided, SHIPPING),
          timeline(EventType.NotificationSent, NOTIFICATION),
          timeline(EventType.NotificationFailed, NOTIFICATION),
          row(
              EventType.ProductChanged,
              INVENTORY,
              react(
                  ORDER,
                  "updates its local copy of the catalogue (sku, name, unit price, VAT rate,"
                      + " weight, active, ships from) used to price new orders",
                  "nothing to undo: orders already placed keep their prices")));

  private Saga() {}

  /** The row of an event. */
  public static SagaStep step(EventType event) {
    return STEPS.stream()
        .filter(step -> step.event() == event)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(event + " has no row in the saga"));
  }

  /** The events a service reacts to: the topics it subscribes to. */
  public static List<EventType> consumedBy(Participant participant) {
    return STEPS.stream()
        .filter(step -> step.consumedBy(participant))
        .map(SagaStep::event)
        .toList();
  }

  /** The events a service emits, through its outbox. */
  public static List<EventType> emittedBy(Participant participant) {
    return STEPS.stream()
        .filter(step -> step.emittedBy() == participant)
        .map(SagaStep::event)
        .toList();
  }

  private static SagaStep row(EventType event, Participant emitter, Reaction... reactions) {
    return new SagaStep(event, emitter, List.of(reactions));
  }

  private static Reaction react(Participant reactor, String action, String compensation) {
    return new Reaction(reactor, action, compensation);
  }

  private static SagaStep timeline(EventType event, Participant emitter) {
    return row(event, emitter, react(ORDER, "adds it to the order's timeline", RECORD_ONLY));
  }
}
