package io.shoporders.stack;

import java.util.List;

/**
 * One of the five services: its Maven module, port, database and database role.
 *
 * @param name the service name, also its consumer group and its log file
 * @param port the HTTP port on the development stack
 * @param database the service's own database
 * @param connector the Debezium connector that relays the service's outbox
 */
record ServiceSpec(String name, int port, String database, String connector) {

  static final List<ServiceSpec> ALL =
      List.of(
          new ServiceSpec("order-service", 8081, "orders", "order-outbox"),
          new ServiceSpec("payment-service", 8082, "payments", "payment-outbox"),
          new ServiceSpec("inventory-service", 8083, "inventory", "inventory-outbox"),
          new ServiceSpec("shipping-service", 8084, "shipping", "shipping-outbox"),
          new ServiceSpec("notification-service", 8085, "notifications", "notification-outbox"));

  /** The role the service logs in with; it owns its database and nothing else. */
  String role() {
    return database + "_service";
  }

  /** The environment variable that carries the role's password to the service. */
  String passwordVariable() {
    return database.toUpperCase() + "_DB_PASSWORD";
  }

  /** The environment variable that tells tests and tools where the service answers. */
  String urlVariable() {
    return name.replace("-service", "").toUpperCase() + "_SERVICE_URL";
  }
}
