package io.shoporders.stack.bench;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Keeps at most a fixed number of requests on the wire, as a storefront's connection pool does. The
 * JDK client opens one HTTP/1.1 connection per request in flight, so without a cap a stalled
 * service met thousands of new connections instead of a queue. A request over the cap waits here,
 * without blocking the sender; its latency still counts from its due time, so the wait shows.
 */
final class ConnectionCap {

  private final Semaphore connections;
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

  ConnectionCap(int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("at least one connection, not " + connections);
    }
    this.connections = new Semaphore(connections);
  }

  /** Starts {@code request} now if a connection is free, otherwise when one is given back. */
  <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    Runnable start =
        () ->
            request
                .get()
                .whenComplete(
                    (value, failure) -> {
                      giveBack();
                      if (failure != null) {
                        answer.completeExceptionally(failure);
                      } else {
                        answer.complete(value);
                      }
                    });
    if (connections.tryAcquire()) {
      start.run();
    } else {
      waiting.add(start);
      startWaiting();
    }
    return answer;
  }

  int waiting() {
    return waiting.size();
  }

  private void giveBack() {
    connections.release();
    startWaiting();
  }

  /** Hands free connections to waiting requests; rechecks so no request is left behind a race. */
  private void startWaiting() {
    while (!waiting.isEmpty() && connections.tryAcquire()) {
      Runnable next = waiting.poll();
      if (next == null) {
        connections.release();
        return;
      }
      next.run();
    }
  }
}
