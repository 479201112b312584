package io.shoporders.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the five services, started from its packaged Quarkus application. */
final class QuarkusService extends ProcessPart {

  private final ServiceSpec spec;
  private final Map<String, String> environment;

  QuarkusService(
      ServiceSpec spec, StackSettings settings, Processes processes, Map<String, String> env) {
    // A service closes its channels one at a time, each after a grace of twice its poll timeout:
    // 8 s for order-service's fifteen, over 20 s for payment-service on a busy machine.
    super(spec.name(), settings, processes, Duration.ofSeconds(60));
    this.spec = spec;
    this.environment = env;
  }

  @Override
  public void start() throws Exception {
    Path jar = runner(settings, spec);
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with ./mvnw package");
    }
    Map<String, String> env = new HashMap<>(environment);
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port()));
    processes.start(
        name(),
        new JavaCommand(settings, name(), "256m").arg("-jar", jar.toString()).toList(),
        env);
  }

  @Override
  public boolean healthy() {
    return Http.ok(url() + "/q/health/ready");
  }

  /** A busy two-core machine starts a Quarkus service and migrates its database in a minute. */
  @Override
  public Duration startupTimeout() {
    return Duration.ofMinutes(3);
  }

  @Override
  public List<String> endpoints() {
    return List.of(
        url() + "  OpenAPI UI " + url() + "/q/swagger-ui  health " + url() + "/q/health");
  }

  static Path runner(StackSettings settings, ServiceSpec spec) {
    return settings.repository().resolve(spec.name()).resolve("target/quarkus-app/quarkus-run.jar");
  }

  private int port() {
    return settings.port(spec.port());
  }

  private String url() {
    return "http://127.0.0.1:" + port();
  }
}
