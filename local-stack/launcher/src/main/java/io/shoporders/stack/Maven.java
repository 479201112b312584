package io.shoporders.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the project's Maven wrapper, its output on the launcher's console. */
final class Maven {

  private Maven() {}

  static void run(Path repository, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    int exit = exitCode(repository, env, args);
    if (exit != 0) {
      throw new IOException("./mvnw " + String.join(" ", args) + " failed (exit " + exit + ")");
    }
  }

  static int exitCode(Path repository, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(repository.resolve("mvnw").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).inheritIO();
    builder.environment().putAll(env);
    return builder.start().waitFor();
  }
}
