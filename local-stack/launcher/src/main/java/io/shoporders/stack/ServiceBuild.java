package io.shoporders.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/** Packages the services whose application is missing or older than their sources. */
final class ServiceBuild {

  /** Modules every service is built from besides its own folder. */
  private static final List<String> SHARED = List.of("pom.xml", "contracts", "outbox");

  private final StackSettings settings;
  private final PrintStream out;

  ServiceBuild(StackSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /** Packages what is stale and returns the names of the services it packaged. */
  List<String> ensurePackaged() throws IOException, InterruptedException {
    List<String> stale =
        ServiceSpec.ALL.stream().filter(this::isStale).map(ServiceSpec::name).toList();
    if (stale.isEmpty()) {
      return stale;
    }
    out.println("  packaging " + String.join(", ", stale) + " (./mvnw package -DskipTests)");
    Maven.run(
        settings.repository(),
        System.getenv(),
        "-B",
        "-q",
        "package",
        "-DskipTests",
        "-Dspotless.check.skip",
        "-pl",
        String.join(",", stale),
        "-am");
    return stale;
  }

  private boolean isStale(ServiceSpec spec) {
    Path runner = QuarkusService.runner(settings, spec);
    if (!Files.exists(runner)) {
      return true;
    }
    try {
      FileTime built = Files.getLastModifiedTime(runner);
      return Stream.concat(SHARED.stream(), Stream.of(spec.name()))
          .map(settings.repository()::resolve)
          .anyMatch(source -> newerThan(source, built));
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean newerThan(Path source, FileTime built) {
    if (!Files.exists(source)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(source)) {
      return files
          .filter(file -> !file.toString().contains("/target/"))
          .filter(Files::isRegularFile)
          .anyMatch(file -> modified(file).compareTo(built) > 0);
    } catch (IOException e) {
      return true;
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(Long.MAX_VALUE);
    }
  }
}
