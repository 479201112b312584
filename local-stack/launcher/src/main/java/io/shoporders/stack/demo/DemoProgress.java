package io.shoporders.stack.demo;

import java.util.concurrent.atomic.AtomicInteger;

/** Where a demo run stands, so that Ctrl-C can say what it interrupted. */
final class DemoProgress {

  private volatile String step = "starting";
  private volatile int toPlace;
  private final AtomicInteger placed = new AtomicInteger();

  void step(String step) {
    this.step = step;
  }

  void placing(int orders) {
    toPlace = orders;
    step = "placing orders";
  }

  void placedOne() {
    placed.incrementAndGet();
  }

  /** The one line printed when the run is interrupted. */
  String interrupted() {
    int done = placed.get();
    String what = done == 0 ? step : "%s (%d of %d placed)".formatted(step, done, toPlace);
    String rest =
        done == 0
            ? "no order of this run was placed"
            : "the orders already placed still finish in the background, and the next ./shop"
                + " demo waits for them before it resets the stock";
    return "./shop demo interrupted while " + what + "; " + rest;
  }
}
