package io.shoporders.stack.demo;

import java.io.PrintStream;

/** One line on the terminal, redrawn in place: a bar, the count and what is being counted. */
final class ProgressBar {

  private static final int WIDTH = 40;

  private final PrintStream out;
  private final String label;
  private final int total;

  ProgressBar(PrintStream out, String label, int total) {
    this.out = out;
    this.label = label;
    this.total = total;
  }

  void show(int done, String note) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    out.printf("\r  %-9s [%s] %d/%d %s", label, bar, done, total, note);
    out.flush();
  }

  /** Leaves the last state on its line and moves on. */
  void finish(int done, String note) {
    show(done, note);
    out.println();
  }
}
