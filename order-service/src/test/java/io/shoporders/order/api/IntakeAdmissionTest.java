package io.shoporders.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IntakeAdmissionTest {

  @Test
  void refusesOnceEveryPlaceIsTakenAndAdmitsAgainWhenOneIsGivenBack() {
    IntakeAdmission admission = new IntakeAdmission(2, 1);

    assertThat(admission.tryEnter()).isTrue();
    assertThat(admission.tryEnter()).isTrue();
    assertThat(admission.tryEnter()).isFalse();
    admission.leave();

    assertThat(admission.tryEnter()).isTrue();
    assertThat(admission.inFlight()).isEqualTo(2);
  }

  @Test
  void threadsRacingForPlacesNeverHoldMoreThanTheLimit() throws Exception {
    IntakeAdmission admission = new IntakeAdmission(5, 1);
    AtomicInteger holding = new AtomicInteger();
    AtomicInteger mostHeld = new AtomicInteger();
    AtomicInteger admitted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> racers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        racers.add(
            threads.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 20_000; i++) {
                    if (admission.tryEnter()) {
                      mostHeld.accumulateAndGet(holding.incrementAndGet(), Math::max);
                      admitted.incrementAndGet();
                      holding.decrementAndGet();
                      admission.leave();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> racer : racers) {
        racer.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(mostHeld.get()).isBetween(1, 5);
    assertThat(admitted.get()).isPositive();
    assertThat(admission.inFlight()).isZero();
  }

  @Test
  void refusalTellsTheClientWhenToComeBack() {
    assertThat(new IntakeAdmission(1, 3).busy().retryAfterSeconds()).isEqualTo(3);
  }

  @Test
  void limitBelowOneIsAConfigurationError() {
    assertThatThrownBy(() -> new IntakeAdmission(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orders.intake.max-in-flight");
  }
}
