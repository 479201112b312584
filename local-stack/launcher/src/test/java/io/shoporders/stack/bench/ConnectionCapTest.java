package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionCapTest {

  @Test
  void requestsOverTheCapWaitAndStartAsConnectionsAreGivenBack() {
    ConnectionCap cap = new ConnectionCap(2);
    List<CompletableFuture<String>> wire = new ArrayList<>();
    List<CompletableFuture<String>> answers = new ArrayList<>();

    for (int i = 0; i < 5; i++) {
      answers.add(cap.submit(() -> started(wire)));
    }
    assertThat(wire).hasSize(2);
    assertThat(cap.waiting()).isEqualTo(3);

    wire.get(0).complete("first");
    assertThat(wire).hasSize(3);
    assertThat(answers.get(0)).isCompletedWithValue("first");

    wire.get(1).completeExceptionally(new IllegalStateException("no answer"));
    wire.get(2).complete("third");
    assertThat(wire).hasSize(5);
    assertThat(answers.get(1)).isCompletedExceptionally();
    assertThat(cap.waiting()).isZero();
  }

  @Test
  void manyThreadsNeverHaveMoreThanTheCapOnTheWireAndEveryRequestRuns() throws Exception {
    ConnectionCap cap = new ConnectionCap(4);
    AtomicInteger onWire = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<CompletableFuture<Integer>> answers = new ArrayList<>();

    for (int i = 0; i < 2_000; i++) {
      int n = i;
      answers.add(
          cap.submit(
              () ->
                  CompletableFuture.supplyAsync(
                      () -> {
                        most.accumulateAndGet(onWire.incrementAndGet(), Math::max);
                        onWire.decrementAndGet();
                        return n;
                      })));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(most.get()).isBetween(1, 4);
    assertThat(answers).allMatch(answer -> answer.isDone() && !answer.isCompletedExceptionally());
  }

  private static CompletableFuture<String> started(List<CompletableFuture<String>> wire) {
    CompletableFuture<String> request = new CompletableFuture<>();
    wire.add(request);
    return request;
  }
}
