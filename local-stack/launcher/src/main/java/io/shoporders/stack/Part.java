package io.shoporders.stack;

import java.time.Duration;
import java.util.List;

/** One process of the local stack. */
interface Part {

  String name();

  /** True while a process this stack started for the part is alive. */
  boolean running();

  /** Starts the process; returns at once, before the part is ready. */
  void start() throws Exception;

  /** True once the part answers its own health check. */
  boolean healthy();

  /** Work that needs the part healthy, done once after every start (roles, topics, connectors). */
  default void prepare() throws Exception {}

  void stop() throws Exception;

  /** What is wrong with a part that answers its health check, for `status`; empty when nothing. */
  default List<String> problems() {
    return List.of();
  }

  /** How long the part may take to become healthy before `up` gives up on it. */
  default Duration startupTimeout() {
    return Duration.ofSeconds(90);
  }

  /** How long the part may take to stop after being asked, before `down` kills it. */
  default Duration stopGrace() {
    return Duration.ofSeconds(10);
  }

  /** Lines printed by `up` and `status`: where the part answers. */
  List<String> endpoints();
}
