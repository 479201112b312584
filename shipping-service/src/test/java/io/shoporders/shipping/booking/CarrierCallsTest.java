package io.shoporders.shipping.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CarrierCallsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final CarrierCalls calls = new CarrierCalls(new Config());
  private final AtomicInteger attempts = new AtomicInteger();

  @Test
  void aCarrierThatRecoversIsCalledUntilItAnswers() {
    AtomicInteger failuresLeft = new AtomicInteger(2);

    String answer =
        calls
            .withRetries(
                () ->
                    failuresLeft.getAndDecrement() > 0
                        ? Uni.createFrom().failure(new CarrierUnavailableException("HTTP 503"))
                        : Uni.createFrom().item("booked"),
                attempts)
            .await()
            .atMost(WAIT);

    assertThat(answer).isEqualTo("booked");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void aCarrierThatStaysDownIsCalledABoundedNumberOfTimes() {
    assertThatThrownBy(
            () ->
                calls
                    .withRetries(
                        () -> Uni.createFrom().failure(new CarrierUnavailableException("HTTP 502")),
                        attempts)
                    .await()
                    .atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);

    assertThat(attempts).hasValue(3);
  }

  @Test
  void aCarrierThatDoesNotAnswerTimesOutAndIsRetried() {
    assertThatThrownBy(
            () ->
                calls.withRetries(() -> Uni.createFrom().nothing(), attempts).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class)
        .hasMessageContaining("no answer");

    assertThat(attempts).hasValue(3);
  }

  @Test
  void aRejectionIsNotRetried() {
    assertThatThrownBy(
            () ->
                calls
                    .withRetries(
                        () -> Uni.createFrom().failure(new CarrierRejectedException("bad zip")),
                        attempts)
                    .await()
                    .atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);

    assertThat(attempts).hasValue(1);
  }

  /** Three attempts, short pauses and a short timeout, so the test takes well under a second. */
  private static final class Config implements ShippingConfig {

    @Override
    public Sender sender() {
      throw new UnsupportedOperationException("not needed for carrier calls");
    }

    @Override
    public String serviceLevel() {
      return "standard";
    }

    @Override
    public Calls calls() {
      return new Calls() {
        @Override
        public Duration timeout() {
          return Duration.ofMillis(100);
        }

        @Override
        public int attempts() {
          return 3;
        }

        @Override
        public Duration firstBackOff() {
          return Duration.ofMillis(10);
        }

        @Override
        public Duration maxBackOff() {
          return Duration.ofMillis(20);
        }
      };
    }
  }
}
