package io.shoporders.notification.delivery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.notification.NotificationFailed;
import io.shoporders.contracts.notification.NotificationSent;
import io.shoporders.notification.channel.SendFailure;
import io.shoporders.notification.channel.Senders;
import io.shoporders.notification.config.NotificationConfig;
import io.shoporders.notification.domain.MessageSequence;
import io.shoporders.notification.domain.NotificationStatus;
import io.shoporders.notification.persistence.Notification;
import io.shoporders.notification.persistence.NotificationRepository;
import io.shoporders.notification.template.Message;
import io.shoporders.outbox.Outbox;
import io.shoporders.outbox.TransientFailures;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the messages recorded INTENDED, in three steps:
 *
 * <ol>
 *   <li>claim the message, once its turn has come: a lease in the database keeps every other sender
 *       (the resume job, another instance) away from it while this one works;
 *   <li>hand it to the provider, outside any transaction, retrying transient failures with
 *       back-off;
 *   <li>in one transaction, mark it SENT or FAILED and emit NotificationSent or NotificationFailed.
 * </ol>
 *
 * <p>A second copy can only come from a crash between the provider's acceptance and the commit of
 * step 3: the message stays INTENDED and is sent again once its lease runs out. That window is kept
 * narrow: nothing but the mark happens between the two; the mark is retried while the database is
 * briefly unavailable; and an e-mail sent again keeps its Message-ID (derived from the notification
 * id), so the customer's mail client shows a single message.
 *
 * <p>An order's messages go in the saga's order ({@link MessageSequence}), although their events
 * arrive on different topics: a message whose turn has not come stays INTENDED, unclaimed. The
 * outcome of the message before it sends it; the resume job sends it anyway once it has waited
 * {@code notification.delivery.order-wait}, so a lost event holds nothing up for long.
 */
@ApplicationScoped
public class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class);
  private static final int RESUME_BATCH = 100;

  private final NotificationRepository notifications;
  private final Senders senders;
  private final Outbox outbox;
  private final Clock clock;
  private final NotificationConfig.Delivery config;
  private volatile Instant startedAt;

  Delivery(
      NotificationRepository notifications,
      Senders senders,
      Outbox outbox,
      Clock clock,
      NotificationConfig config) {
    this.notifications = notifications;
    this.senders = senders;
    this.outbox = outbox;
    this.clock = clock;
    this.config = config.delivery();
    this.startedAt = clock.instant();
  }

  void onStart(@Observes StartupEvent start) {
    startedAt = clock.instant();
  }

  /**
   * Starts sending a message just recorded, without waiting for the outcome: its retries must not
   * hold up the events behind it. If the service stops meanwhile, the message stays INTENDED and is
   * resumed once its lease runs out.
   */
  public void start(UUID notificationId) {
    deliver(notificationId).subscribe().with(ignored -> {});
  }

  /**
   * Sends the message unless it is sent, failed, held by another sender, or waiting its turn; then
   * the order's messages that waited for it. Never fails: a message whose outcome could not be
   * recorded stays INTENDED and is resumed later.
   */
  public Uni<Void> deliver(UUID notificationId) {
    if (notificationId == null) {
      return Uni.createFrom().voidItem();
    }
    Executor context = currentContext();
    return claim(notificationId)
        .onItem()
        .ifNotNull()
        .transformToUni(notification -> sendAndRecord(notification, context))
        .onFailure()
        .invoke(failure -> LOG.warnf("Message %s left INTENDED: %s", notificationId, failure))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /**
   * Sends, one after the other, the INTENDED messages that no sender holds and whose turn has come
   * or that waited longer than {@code notification.delivery.order-wait}.
   */
  public Uni<Void> resumeUnclaimed() {
    Instant now = clock.instant();
    return deliverEach(
        Panache.withSession(() -> notifications.due(now, overdueBefore(now), RESUME_BATCH))
            .invoke(ids -> logResumed(ids.size())));
  }

  private Uni<Void> deliverEach(Uni<List<UUID>> ids) {
    return ids.onItem()
        .transformToMulti(found -> Multi.createFrom().iterable(found))
        .onItem()
        .transformToUniAndConcatenate(this::deliver)
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** Takes the message if no other sender holds it and its turn has come, or it waited enough. */
  private Uni<Notification> claim(UUID id) {
    Instant now = clock.instant();
    return Panache.withTransaction(
        () ->
            notifications
                .claim(id, now, now.plus(config.lease()), overdueBefore(now))
                .chain(inTurn -> inTurn.isEmpty() ? notTaken(id) : taken(id, inTurn.get())));
  }

  private Uni<Notification> taken(UUID id, boolean inTurn) {
    return notifications
        .findById(id)
        .invoke(notification -> logTaken(notification, inTurn, config.orderWait()));
  }

  private static Uni<Notification> notTaken(UUID id) {
    LOG.debugf("Message %s not taken: done, held by another sender, or waiting its turn", id);
    return Uni.createFrom().nullItem();
  }

  private Uni<Void> sendAndRecord(Notification notification, Executor context) {
    AtomicInteger attempts = new AtomicInteger();
    return send(notification, attempts)
        // Retries wait on a timer thread; the database is used only from the event's context.
        .emitOn(context)
        .chain(outcome -> record(notification, outcome, attempts.get(), context))
        .chain(() -> deliverWaiting(notification, context));
  }

  /**
   * Sends the order's messages whose turn came with this one's outcome. If this fails, or the
   * service stops meanwhile, the resume job finds them: they may go.
   */
  private Uni<Void> deliverWaiting(Notification recorded, Executor on) {
    Uni<List<UUID>> waiting =
        Uni.createFrom()
            .deferred(() -> Panache.withSession(() -> dueOfOrder(recorded.orderId)))
            .runSubscriptionOn(on);
    return deliverEach(waiting)
        .onFailure()
        .invoke(
            failure ->
                LOG.warnf(
                    "Order %s: messages after %s not started: %s",
                    recorded.orderId, recorded.kind, failure))
        .onFailure()
        .recoverWithNull();
  }

  private Uni<List<UUID>> dueOfOrder(UUID orderId) {
    Instant now = clock.instant();
    return notifications.dueOfOrder(orderId, now, overdueBefore(now));
  }

  /**
   * Messages recorded before this instant have waited their turn long enough. Until the service has
   * run {@code wait-after-start}, none has: the time it was stopped does not count.
   */
  private Instant overdueBefore(Instant now) {
    boolean justStarted = now.isBefore(startedAt.plus(config.waitAfterStart()));
    return justStarted ? Instant.EPOCH : now.minus(config.orderWait());
  }

  private Uni<Outcome> send(Notification notification, AtomicInteger attempts) {
    Message message = messageOf(notification);
    return Uni.createFrom()
        .deferred(
            () -> {
              attempts.incrementAndGet();
              return senders.send(notification.id, message);
            })
        .onFailure(SendFailure::isTransient)
        .invoke(failure -> logRetry(notification, failure))
        .onFailure(SendFailure::isTransient)
        .retry()
        .withBackOff(config.firstRetry(), config.longestRetry())
        .atMost(config.attempts() - 1L)
        .map(handedOver -> Outcome.handedOver())
        .onFailure()
        .recoverWithItem(Outcome::of);
  }

  private Uni<Void> record(Notification notification, Outcome outcome, int attempts, Executor on) {
    return Uni.createFrom()
        .deferred(() -> Panache.withTransaction(() -> mark(notification.id, outcome, attempts)))
        .runSubscriptionOn(on)
        .onFailure(TransientFailures::isTransient)
        .retry()
        .withBackOff(config.firstRetry(), config.longestRetry())
        .expireIn(config.lease().toMillis())
        .invoke(() -> logOutcome(notification, outcome, attempts));
  }

  private Uni<Void> mark(UUID id, Outcome outcome, int attempts) {
    return notifications
        .findById(id)
        .chain(
            notification -> {
              if (notification.status != NotificationStatus.INTENDED) {
                // Another sender took over after this one's lease ran out, and recorded it.
                return Uni.createFrom().voidItem();
              }
              notification.status =
                  outcome.sent() ? NotificationStatus.SENT : NotificationStatus.FAILED;
              notification.attempts += attempts;
              notification.reason = outcome.reason();
              notification.claimedUntil = null;
              notification.updatedAt = clock.instant();
              return outbox.emit(eventOf(notification, outcome));
            });
  }

  private EventEnvelope<EventPayload> eventOf(Notification notification, Outcome outcome) {
    EventPayload payload =
        outcome.sent()
            ? new NotificationSent(notification.id, notification.kind, notification.channel)
            : new NotificationFailed(
                notification.id,
                notification.kind,
                notification.channel,
                outcome.reason(),
                outcome.permanent());
    return EventEnvelope.causedBy(notification.orderId, notification.causeEventId, payload, clock);
  }

  private static Message messageOf(Notification notification) {
    return new Message(
        notification.kind,
        notification.channel,
        notification.recipient,
        notification.language,
        notification.subject,
        notification.htmlBody,
        notification.textBody);
  }

  private static Executor currentContext() {
    Context context = Vertx.currentContext();
    if (context == null) {
      return Runnable::run;
    }
    return command -> context.runOnContext(ignored -> command.run());
  }

  private static void logRetry(Notification notification, Throwable failure) {
    LOG.warnf(
        "%s for order %s not handed over (%s), retrying",
        notification.kind, notification.orderId, ((SendFailure) failure).reason());
  }

  private static void logOutcome(Notification notification, Outcome outcome, int attempts) {
    if (outcome.sent()) {
      LOG.infof(
          "%s for order %s sent by %s after %d attempt(s)",
          notification.kind, notification.orderId, notification.channel, attempts);
    } else {
      LOG.infof(
          "%s for order %s failed by %s: %s (%s)",
          notification.kind,
          notification.orderId,
          notification.channel,
          outcome.reason(),
          outcome.permanent() ? "permanent" : "retries ran out");
    }
  }

  private static void logTaken(Notification notification, boolean inTurn, Duration waited) {
    if (inTurn) {
      LOG.debugf("%s for order %s taken for sending", notification.kind, notification.orderId);
    } else {
      LOG.warnf(
          "%s for order %s waited %s for the order's earlier messages; sending it anyway",
          notification.kind, notification.orderId, waited);
    }
  }

  private static void logResumed(int count) {
    if (count > 0) {
      LOG.infof("Resuming %d message(s) left INTENDED", count);
    }
  }
}
