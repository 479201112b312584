package io.shoporders.notification.delivery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.notification.NotificationFailed;
import io.shoporders.contracts.notification.NotificationSent;
import io.shoporders.notification.channel.SendFailure;
import io.shoporders.notification.channel.Senders;
import io.shoporders.notification.config.NotificationConfig;
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
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the messages recorded INTENDED, in three steps:
 *
 * <ol>
 *   <li>claim the message: a lease in the database keeps every other sender (the resume job,
 *       another instance) away from it while this one works;
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
   * Sends the message unless it is sent, failed, or held by another sender. Never fails: a message
   * whose outcome could not be recorded stays INTENDED and is resumed later.
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

  /** Sends, one after the other, the INTENDED messages that no sender holds. */
  public Uni<Void> resumeUnclaimed() {
    return Panache.withSession(() -> notifications.unclaimed(clock.instant(), RESUME_BATCH))
        .invoke(ids -> logResumed(ids.size()))
        .onItem()
        .transformToMulti(ids -> Multi.createFrom().iterable(ids))
        .onItem()
        .transformToUniAndConcatenate(this::deliver)
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Notification> claim(UUID id) {
    Instant now = clock.instant();
    return Panache.withTransaction(
        () ->
            notifications
                .claim(id, now, now.plus(config.lease()))
                .chain(
                    claimed -> claimed ? notifications.findById(id) : Uni.createFrom().nullItem()));
  }

  private Uni<Void> sendAndRecord(Notification notification, Executor context) {
    AtomicInteger attempts = new AtomicInteger();
    return send(notification, attempts)
        // Retries wait on a timer thread; the database is used only from the event's context.
        .emitOn(context)
        .chain(outcome -> record(notification, outcome, attempts.get(), context));
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

  private static void logResumed(int count) {
    if (count > 0) {
      LOG.infof("Resuming %d message(s) left INTENDED", count);
    }
  }
}
