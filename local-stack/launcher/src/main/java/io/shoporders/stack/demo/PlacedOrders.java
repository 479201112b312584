package io.shoporders.stack.demo;

import io.shoporders.stack.demo.OrderPoster.Placed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The orders the last run placed, one line each (run, reference, order id), written as each is
 * accepted: a run cut short by Ctrl-C leaves them behind, and the next run waits until they are
 * final before it resets the stock that their reservations still hold.
 */
final class PlacedOrders {

  private final Path file;

  PlacedOrders(Path file) {
    this.file = file;
  }

  /** The orders the last run recorded; empty when there was none. */
  List<Placed> lastRun() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Placed> placed = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] fields = line.trim().split(" ");
      if (fields.length == 3) {
        placed.add(new Placed(fields[1], fields[2]));
      }
    }
    return placed;
  }

  /** Forgets the last run's orders: a new run starts. */
  void startRun() throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "");
  }

  synchronized void record(String runId, Placed order) {
    try {
      String line = runId + " " + order.ref() + " " + order.orderId() + "\n";
      Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
