package io.shoporders.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command line of a JVM started by the stack, with the stack's home on it. */
final class JavaCommand {

  private final List<String> command = new ArrayList<>();

  JavaCommand(StackSettings settings, String part, String maxHeap) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    command.add(java.toString());
    command.add("-Xmx" + maxHeap);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-Djava.io.tmpdir=" + settings.home().resolve("tmp"));
    command.add("-Dshop.home=" + settings.home());
    command.add("-Dshop.part=" + part);
    command.addAll(settings.jvmOptions());
  }

  JavaCommand arg(String... args) {
    command.addAll(List.of(args));
    return this;
  }

  List<String> toList() {
    return List.copyOf(command);
  }
}
