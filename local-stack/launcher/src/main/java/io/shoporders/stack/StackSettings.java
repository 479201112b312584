package io.shoporders.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where one stack lives and listens. The development stack uses the default ports under {@code
 * .shop/}; the test stack adds an offset so both can run side by side.
 *
 * @param repository the checkout, where the built jars and the connector files are
 * @param home where data, logs, process ids and generated secrets are kept
 * @param portOffset added to every default port
 * @param externalPostgres a PostgreSQL server chosen by the user, or null for the embedded one
 * @param jvmOptions added to the command line of every JVM the stack starts (SHOP_JVM_OPTIONS)
 */
record StackSettings(
    Path repository,
    Path home,
    int portOffset,
    ExternalPostgres externalPostgres,
    List<String> jvmOptions) {

  static final int POSTGRES_PORT = 15432;
  static final int KAFKA_PORT = 9092;
  static final int KAFKA_CONTROLLER_PORT = 9093;
  static final int CONNECT_PORT = 8093;
  static final int SMTP_PORT = 3025;
  static final int IMAP_PORT = 3143;
  static final int MAIL_API_PORT = 8025;

  /**
   * A PostgreSQL server named by SHOP_EXTERNAL_PG_HOST, used instead of the embedded one. The
   * services' own SHOP_PG_* variables, which `./shop env` exports, do not select it.
   */
  record ExternalPostgres(String host, int port, String adminUser, String adminPassword) {}

  static StackSettings fromEnvironment(Path repository, Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("SHOP_HOME", repository.resolve(".shop").toString()));
    int offset = number(env, "SHOP_PORT_OFFSET", "0");
    return new StackSettings(
        repository, home.toAbsolutePath(), offset, externalPostgres(env), jvmOptions(env));
  }

  /** Options for profiling or tuning, such as {@code -XX:+FlightRecorder}, space-separated. */
  private static List<String> jvmOptions(Map<String, String> env) {
    String options = env.getOrDefault("SHOP_JVM_OPTIONS", "").trim();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  private static ExternalPostgres externalPostgres(Map<String, String> env) {
    String host = env.get("SHOP_EXTERNAL_PG_HOST");
    if (host == null || host.isBlank()) {
      return null;
    }
    return new ExternalPostgres(
        host,
        number(env, "SHOP_EXTERNAL_PG_PORT", "5432"),
        env.getOrDefault("SHOP_EXTERNAL_PG_ADMIN_USER", "postgres"),
        env.getOrDefault("SHOP_EXTERNAL_PG_ADMIN_PASSWORD", ""));
  }

  private static int number(Map<String, String> env, String variable, String otherwise) {
    String value = env.getOrDefault(variable, otherwise).trim();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a whole number, not '" + value + "'");
    }
  }

  /** The same checkout, another home and other ports: the stack the tests run against. */
  StackSettings forTests() {
    Path testHome = home.resolveSibling(home.getFileName() + "-test");
    return new StackSettings(repository, testHome, portOffset + 10_000, null, jvmOptions);
  }

  int port(int defaultPort) {
    return defaultPort + portOffset;
  }

  String postgresHost() {
    return externalPostgres == null ? "127.0.0.1" : externalPostgres.host();
  }

  int postgresPort() {
    return externalPostgres == null ? port(POSTGRES_PORT) : externalPostgres.port();
  }

  String kafkaBootstrap() {
    return "127.0.0.1:" + port(KAFKA_PORT);
  }

  String connectUrl() {
    return "http://127.0.0.1:" + port(CONNECT_PORT);
  }

  Path dist() {
    return repository.resolve("local-stack/distribution/target/dist");
  }

  Path logs() {
    return home.resolve("logs");
  }

  Path pids() {
    return home.resolve("pids");
  }
}
