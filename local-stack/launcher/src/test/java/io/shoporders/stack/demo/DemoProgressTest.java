package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoProgressTest {

  @Test
  void interruptedBeforeAnyOrderSaysNoneWasPlaced() {
    DemoProgress progress = new DemoProgress();
    progress.step("setting the catalogue and stock");

    String line = progress.interrupted();

    assertThat(line)
        .isEqualTo(
            "./shop demo interrupted while setting the catalogue and stock;"
                + " no order of this run was placed");
  }

  @Test
  void interruptedWhilePlacingSaysHowManyAndThatTheyStillFinish() {
    DemoProgress progress = new DemoProgress();
    progress.placing(320);
    progress.placedOne();
    progress.placedOne();

    String line = progress.interrupted();

    assertThat(line)
        .startsWith("./shop demo interrupted while placing orders (2 of 320 placed);")
        .contains("the orders already placed still finish in the background")
        .doesNotContain("\n");
  }

  @Test
  void cutOffWhilePlacingNamesTheServiceWhatWasPlacedAndWhenTheyFinish() {
    DemoProgress progress = new DemoProgress();
    progress.placing(320);
    progress.placedOne();

    String line = progress.cutOff("order-service", "GOAWAY received");

    assertThat(line)
        .isEqualTo(
            "./shop demo stopped: order-service stopped answering (GOAWAY received) while placing"
                + " orders (1 of 320 placed); was the stack stopped? The orders already placed"
                + " finish once the stack is up again, and the next ./shop demo, which starts it,"
                + " waits for them before it resets the stock");
  }
}
