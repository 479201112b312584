package io.shoporders.contracts.saga;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.EventType;
import io.shoporders.contracts.Topics;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SagaTest {

  @Test
  void everyEventHasExactlyOneRow() {
    List<EventType> events = Saga.STEPS.stream().map(SagaStep::event).toList();

    assertThat(events).containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void everyEventHasSomeoneWhoReactsToIt() {
    assertThat(Saga.STEPS).allSatisfy(step -> assertThat(step.reactions()).isNotEmpty());
  }

  @Test
  void eachServiceEmitsTheEventsNamedAfterItsDomain() {
    assertThat(Saga.emittedBy(Participant.ORDER))
        .containsExactlyInAnyOrder(
            EventType.OrderPlaced,
            EventType.OrderConfirmed,
            EventType.OrderShipped,
            EventType.OrderCancelled);
    assertThat(Saga.emittedBy(Participant.SHIPPING))
        .containsExactlyInAnyOrder(
            EventType.LabelCreated, EventType.LabelFailed, EventType.LabelVoided);
    assertThat(Saga.emittedBy(Participant.NOTIFICATION))
        .containsExactlyInAnyOrder(EventType.NotificationSent, EventType.NotificationFailed);
  }

  @Test
  void everyServiceListensToTheCancellationExceptItsAuthor() {
    List<Participant> reactors =
        Saga.step(EventType.OrderCancelled).reactions().stream().map(Reaction::reactor).toList();

    assertThat(reactors)
        .containsExactlyInAnyOrder(
            Participant.PAYMENT,
            Participant.INVENTORY,
            Participant.SHIPPING,
            Participant.NOTIFICATION);
  }

  @Test
  void captureFollowsTheLabelAndNothingElse() {
    List<EventType> paymentReadsBeforeCapture = Saga.consumedBy(Participant.PAYMENT);

    assertThat(paymentReadsBeforeCapture)
        .containsExactlyInAnyOrder(
            EventType.OrderPlaced,
            EventType.StockUnavailable,
            EventType.LabelCreated,
            EventType.OrderCancelled);
    assertThat(Saga.step(EventType.LabelCreated).reactions())
        .anySatisfy(reaction -> assertThat(reaction.action()).startsWith("captures"));
  }

  @Test
  void orderServiceKeepsEveryOtherServicesEventInTheTimeline() {
    List<EventType> orderReads = Saga.consumedBy(Participant.ORDER);

    assertThat(orderReads)
        .containsAll(Saga.emittedBy(Participant.PAYMENT))
        .containsAll(Saga.emittedBy(Participant.INVENTORY))
        .containsAll(Saga.emittedBy(Participant.SHIPPING))
        .containsAll(Saga.emittedBy(Participant.NOTIFICATION));
  }

  @Test
  void participantsAreTheConsumerGroups() {
    List<String> groups = Stream.of(Participant.values()).map(Participant::consumerGroup).toList();

    assertThat(groups).containsExactlyElementsOf(Topics.CONSUMER_GROUPS);
    assertThat(Participant.PAYMENT.deadLetterTopic()).isEqualTo("payment-service.dlq");
  }

  @Test
  void aPersonMayCancelUntilTheOrderHasShipped() {
    assertThat(Stream.of(OrderStatus.values()).filter(OrderStatus::cancellableOnRequest))
        .containsExactly(OrderStatus.PLACED, OrderStatus.CONFIRMED, OrderStatus.IN_FULFILMENT);
  }
}
