package io.shoporders.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  @AfterEach
  void running() {
    TransientFailures.stopping(false);
  }

  @Test
  void connectionClosingUnderAStatementIsTransient() {
    Throwable closing =
        new NoStackTraceThrowable("Connection is not active now, current status: CLOSING");

    assertThat(TransientFailures.isTransient(new CompletionException(closing))).isTrue();
    assertThat(TransientFailures.isTransient(new NoStackTraceThrowable("other"))).isFalse();
  }

  @Test
  void onceTheApplicationStopsEveryFailureIsRetriedNotDeadLettered() {
    TransientFailures.stopping(true);

    assertThat(TransientFailures.isTransient(new IllegalStateException("pool closed"))).isTrue();
    assertThat(TransientFailures.isTransient(pg("23505"))).isTrue();
  }

  @Test
  void refusedConnectionIsTransientEvenWhenWrapped() {
    Throwable failure = new CompletionException(new ConnectException("Connection refused"));

    assertThat(TransientFailures.isTransient(failure)).isTrue();
  }

  @Test
  void serverShuttingDownAndDeadlocksAreTransient() {
    assertThat(TransientFailures.isTransient(pg("57P01"))).isTrue();
    assertThat(TransientFailures.isTransient(pg("40P01"))).isTrue();
    assertThat(TransientFailures.isTransient(pg("40001"))).isTrue();
    assertThat(TransientFailures.isTransient(pg("08006"))).isTrue();
  }

  @Test
  void constraintViolationsAndBugsAreNotTransient() {
    assertThat(TransientFailures.isTransient(pg("23505"))).isFalse();
    assertThat(TransientFailures.isTransient(pg("42P01"))).isFalse();
    assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad sku"))).isFalse();
  }

  private static PgException pg(String sqlState) {
    return new PgException("failure " + sqlState, "ERROR", sqlState, "detail");
  }
}
