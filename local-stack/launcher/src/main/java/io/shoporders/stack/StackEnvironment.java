package io.shoporders.stack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables through which services, the Connect worker and the tests find the parts
 * of one stack. The names are the ones the services' application.properties read. Each process gets
 * only the password it logs in with; the tests, which check every database, get them all.
 */
final class StackEnvironment {

  /** The role Debezium logs in with: REPLICATION, and SELECT on each outbox table only. */
  static final String CDC_ROLE = "cdc_relay";

  private StackEnvironment() {}

  /**
   * Everything, every password included: for the tests and for `./shop env`. The tests also get the
   * folder of the pid files, to hold a service still for a moment (SHOP_PID_DIR; the launcher
   * itself never reads it, so an exported value cannot point it at another stack's home).
   */
  static Map<String, String> all(StackSettings settings, Secrets secrets) throws IOException {
    Map<String, String> env = locations(settings);
    env.putAll(cdcLogin(secrets));
    env.put("SHOP_PID_DIR", settings.pids().toString());
    for (ServiceSpec service : ServiceSpec.ALL) {
      env.put(service.passwordVariable(), secrets.password(service.role()));
    }
    return env;
  }

  /** What one service needs: where things are, and its own database password. */
  static Map<String, String> forService(StackSettings settings, Secrets secrets, ServiceSpec spec)
      throws IOException {
    Map<String, String> env = locations(settings);
    env.put(spec.passwordVariable(), secrets.password(spec.role()));
    if (spec.name().equals("payment-service")) {
      env.putAll(sandboxFraudLimits(System.getenv()));
    }
    if (spec.name().equals("shipping-service")) {
      env.put("SHIPPING_SANDBOX_TRACKING_URL", sandboxTrackingUrl(settings, spec));
    }
    return env;
  }

  /**
   * The sandbox carrier's tracking link points at shipping-service itself: on the stack's port, not
   * on the 8084 of its application.properties, which a port offset moves elsewhere.
   */
  static String sandboxTrackingUrl(StackSettings settings, ServiceSpec shipping) {
    return "http://127.0.0.1:"
        + settings.port(shipping.port())
        + "/sandbox/tracking/{trackingCode}";
  }

  /**
   * The local stack is a sandbox shop: every shopper paying with {@code pm_card_visa} is the same
   * card to the fraud rules, and demos and tests place hundreds of orders within the hour. The
   * per-card and per-e-mail counts are raised so that they do not refuse such runs; the amount and
   * country rules stay as configured. A value already in the launcher's environment wins.
   */
  static Map<String, String> sandboxFraudLimits(Map<String, String> launcherEnvironment) {
    Map<String, String> limits = new LinkedHashMap<>();
    limits.put("PAYMENT_FRAUD_MAX_ORDERS_PER_CARD", "100000");
    limits.put("PAYMENT_FRAUD_MAX_ORDERS_PER_EMAIL", "1000");
    limits.keySet().removeAll(launcherEnvironment.keySet());
    return limits;
  }

  /** What the Connect worker needs: where things are, and the change-data-capture login. */
  static Map<String, String> forConnect(StackSettings settings, Secrets secrets)
      throws IOException {
    Map<String, String> env = locations(settings);
    env.putAll(cdcLogin(secrets));
    return env;
  }

  private static Map<String, String> locations(StackSettings settings) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SHOP_PG_HOST", settings.postgresHost());
    env.put("SHOP_PG_PORT", Integer.toString(settings.postgresPort()));
    env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
    env.put("SHOP_SMTP_PORT", Integer.toString(settings.port(StackSettings.SMTP_PORT)));
    env.put("SHOP_IMAP_PORT", Integer.toString(settings.port(StackSettings.IMAP_PORT)));
    env.put("SHOP_MAIL_API_PORT", Integer.toString(settings.port(StackSettings.MAIL_API_PORT)));
    env.put("SHOP_CONNECT_URL", settings.connectUrl());
    for (ServiceSpec service : ServiceSpec.ALL) {
      env.put(service.urlVariable(), "http://127.0.0.1:" + settings.port(service.port()));
    }
    return env;
  }

  private static Map<String, String> cdcLogin(Secrets secrets) throws IOException {
    return Map.of("CDC_DB_USER", CDC_ROLE, "CDC_DB_PASSWORD", secrets.password(CDC_ROLE));
  }
}
