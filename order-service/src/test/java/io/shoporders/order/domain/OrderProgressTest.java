package io.shoporders.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.saga.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderProgressTest {

  private static final Shipment LABEL = new Shipment("brt", "BRT123", "https://track/BRT123", null);

  private static final List<Fact> HAPPY_PATH =
      List.of(
          new Fact.PaymentAuthorized(),
          new Fact.StockReserved(),
          new Fact.LabelCreated(LABEL),
          new Fact.PaymentCaptured());

  @Test
  void everyOrderOfTheHappyPathEndsShippedWithOneConfirmationAndOneShipment() {
    List<List<Fact>> orders = permutations(HAPPY_PATH);

    assertThat(orders).hasSize(24);
    for (List<Fact> arrival : orders) {
      Replay replay = replay(arrival);

      assertThat(replay.progress.status()).as("%s", arrival).isEqualTo(OrderStatus.SHIPPED);
      assertThat(replay.progress.shipment()).isEqualTo(LABEL);
      assertThat(replay.outcomes)
          .as("%s", arrival)
          .containsExactlyInAnyOrder(Outcome.CONFIRMED, Outcome.SHIPPED);
    }
  }

  @Test
  void everyFactDeliveredTwiceStillEndsShippedWithEachEventOnce() {
    for (List<Fact> arrival : permutations(HAPPY_PATH)) {
      List<Fact> twice = new ArrayList<>(arrival);
      twice.addAll(arrival);

      Replay replay = replay(twice);

      assertThat(replay.progress.status()).isEqualTo(OrderStatus.SHIPPED);
      assertThat(replay.outcomes).containsExactlyInAnyOrder(Outcome.CONFIRMED, Outcome.SHIPPED);
    }
  }

  @Test
  void statusFollowsTheFactsRecordedSoFar() {
    OrderProgress progress = OrderProgress.PLACED;
    assertThat(progress.status()).isEqualTo(OrderStatus.PLACED);

    progress = progress.record(new Fact.StockReserved()).progress();
    assertThat(progress.status()).isEqualTo(OrderStatus.PLACED);

    progress = progress.record(new Fact.PaymentAuthorized()).progress();
    assertThat(progress.status()).isEqualTo(OrderStatus.IN_FULFILMENT);
  }

  @Test
  void authorizationAloneConfirmsTheOrder() {
    Transition transition = OrderProgress.PLACED.record(new Fact.PaymentAuthorized());

    assertThat(transition.progress().status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(transition.outcomes()).containsExactly(Outcome.CONFIRMED);
  }

  @Test
  void declinedPaymentCancelsWithTheDeclineCode() {
    Transition transition = OrderProgress.PLACED.record(new Fact.PaymentDeclined("expired_card"));

    assertThat(transition.progress().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(transition.progress().cancellation())
        .isEqualTo(new Cancellation(CancellationReason.PAYMENT_DECLINED, "expired_card"));
    assertThat(transition.outcomes()).containsExactly(Outcome.CANCELLED);
  }

  @Test
  void nothingMovesACancelledOrderBack() {
    OrderProgress cancelled =
        replay(List.of(new Fact.PaymentAuthorized(), new Fact.StockUnavailable("SKU-1"))).progress;

    Replay after = replay(cancelled, HAPPY_PATH);

    assertThat(after.progress.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(after.progress.cancellation().reason()).isEqualTo(CancellationReason.OUT_OF_STOCK);
    assertThat(after.outcomes).isEmpty();
  }

  @Test
  void nothingMovesAShippedOrderBack() {
    OrderProgress shipped = replay(HAPPY_PATH).progress;

    Replay after =
        replay(
            shipped,
            List.of(
                new Fact.PaymentCaptureFailed("processing_error"),
                new Fact.CancelRequested(CancellationReason.CUSTOMER_REQUEST, null)));

    assertThat(after.progress.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(after.outcomes).isEmpty();
  }

  @Test
  void aSecondLabelDoesNotReplaceTheOneTheOrderShippedWith() {
    Shipment other = new Shipment("dhl", "DHL9", "https://track/DHL9", null);

    Replay replay =
        replay(
            OrderProgress.PLACED,
            List.of(HAPPY_PATH.get(2), HAPPY_PATH.get(3), new Fact.LabelCreated(other)));

    assertThat(replay.progress.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(replay.progress.shipment()).isEqualTo(LABEL);
  }

  @Test
  void aCaptureThatCrossedTheCancellationKeepsItCancelled() {
    OrderProgress cancelled =
        replay(
                List.of(
                    new Fact.PaymentAuthorized(),
                    new Fact.StockReserved(),
                    new Fact.CancelRequested(CancellationReason.CUSTOMER_REQUEST, "changed mind")))
            .progress;

    Replay after =
        replay(cancelled, List.of(new Fact.LabelCreated(LABEL), new Fact.PaymentCaptured()));

    assertThat(after.progress.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(after.outcomes).isEmpty();
  }

  @Test
  void aCaptureFailureCancelsAndTellsWhetherTheCustomerWasCharged() {
    Transition transition =
        replay(List.of(new Fact.PaymentAuthorized(), new Fact.LabelCreated(LABEL)))
            .progress
            .record(new Fact.PaymentCaptureFailed("authorization_expired"));

    assertThat(transition.progress().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(transition.progress().captured()).isFalse();
    assertThat(transition.outcomes()).containsExactly(Outcome.CANCELLED);
  }

  private static Replay replay(List<Fact> facts) {
    return replay(OrderProgress.PLACED, facts);
  }

  private static Replay replay(OrderProgress start, List<Fact> facts) {
    OrderProgress progress = start;
    List<Outcome> outcomes = new ArrayList<>();
    for (Fact fact : facts) {
      Transition transition = progress.record(fact);
      progress = transition.progress();
      outcomes.addAll(transition.outcomes());
    }
    return new Replay(progress, outcomes);
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> tail : permutations(rest)) {
        List<T> permutation = new ArrayList<>();
        permutation.add(first);
        permutation.addAll(tail);
        result.add(permutation);
      }
    }
    return result;
  }

  private record Replay(OrderProgress progress, List<Outcome> outcomes) {}
}
