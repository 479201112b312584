package io.shoporders.stack;

import java.time.Duration;

/** A part that runs as one process the stack started, known by its pid file. */
abstract class ProcessPart implements Part {

  final StackSettings settings;
  final Processes processes;
  private final String name;
  private final Duration stopGrace;

  /**
   * @param stopGrace how long the process may take to stop after SIGTERM before it is killed
   */
  ProcessPart(String name, StackSettings settings, Processes processes, Duration stopGrace) {
    this.name = name;
    this.settings = settings;
    this.processes = processes;
    this.stopGrace = stopGrace;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean running() {
    return processes.running(name).isPresent();
  }

  @Override
  public Duration stopGrace() {
    return stopGrace;
  }

  @Override
  public void stop() throws Exception {
    processes.stop(name, stopGrace);
  }
}
