package io.shoporders.stack.demo;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress on the terminal: one line redrawn in place, a bar, the count and what is being counted.
 * Written to a file or a pipe, where carriage returns would pile up on one endless line, it prints
 * a plain line now and then instead.
 */
final class ProgressBar {

  private static final int WIDTH = 40;
  private static final Duration PLAIN_LINE_EVERY = Duration.ofSeconds(10);

  private final PrintStream out;
  private final String label;
  private final int total;
  private final Duration plainEvery;
  private long lastPlainLine;

  /**
   * @param plainEvery null to redraw in place; otherwise how often a plain line is printed
   */
  ProgressBar(PrintStream out, String label, int total, Duration plainEvery) {
    this.out = out;
    this.label = label;
    this.total = total;
    this.plainEvery = plainEvery;
  }

  /** A bar redrawn in place on a console, plain lines every ten seconds elsewhere. */
  static ProgressBar on(PrintStream out, String label, int total) {
    boolean console = out == System.out && System.console() != null;
    return new ProgressBar(out, label, total, console ? null : PLAIN_LINE_EVERY);
  }

  void show(int done, String note) {
    if (plainEvery == null) {
      out.printf("\r%s", line(done, note));
      out.flush();
    } else if (lastPlainLine == 0 || System.nanoTime() - lastPlainLine >= plainEvery.toNanos()) {
      lastPlainLine = System.nanoTime();
      out.println(line(done, note));
    }
  }

  /** Leaves the last state on its line and moves on. */
  void finish(int done, String note) {
    if (plainEvery == null) {
      show(done, note);
      out.println();
    } else {
      out.println(line(done, note));
    }
  }

  private String line(int done, String note) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    return String.format("  %-9s [%s] %d/%d %s", label, bar, done, total, note);
  }
}
