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
    String rest =
        placed.get() == 0
            ? "no order of this run was placed"
            : "the orders already placed still finish in the background, and the next ./shop"
                + " demo waits for them before it resets the stock";
    return "./shop demo interrupted while " + where() + "; " + rest;
  }

  /**
   * The one line printed when a service stopped answering, most often because a ./shop down stopped
   * the stack under the run.
   */
  String cutOff(String service, String reason) {
    String rest =
        placed.get() == 0
            ? "No order of this run was placed"
            : "The orders already placed finish once the stack is up again, and the next ./shop"
                + " demo, which starts it, waits for them before it resets the stock";
    return "./shop demo stopped: %s stopped answering (%s) while %s; was the stack stopped? %s"
        .formatted(service, reason, where(), rest);
  }

  private String where() {
    int done = placed.get();
    return done == 0 ? step : "%s (%d of %d placed)".formatted(step, done, toPlace);
  }
}
