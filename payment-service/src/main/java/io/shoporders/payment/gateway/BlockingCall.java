package io.shoporders.payment.gateway;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;

/**
 * Runs a gateway SDK's blocking HTTP call on a worker thread, then hands the answer back to the
 * caller's Vert.x context, where the reactive database session of the caller lives.
 */
public final class BlockingCall {

  private BlockingCall() {}

  public static <T> Uni<T> of(Callable<T> call) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context caller = Vertx.currentContext();
              Uni<T> work =
                  Uni.createFrom()
                      .item(() -> rethrowing(call))
                      .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
              return caller == null
                  ? work
                  : work.emitOn(task -> caller.runOnContext(ignored -> task.run()));
            });
  }

  private static <T> T rethrowing(Callable<T> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new CallFailedException(e);
    }
  }

  /** Carries a checked exception of the SDK to the caller, which maps it by its cause. */
  public static final class CallFailedException extends RuntimeException {

    CallFailedException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
