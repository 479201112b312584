package io.shoporders.stack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables through which services, the Connect worker and the tests find the parts
 * of one stack. The names are the ones the services' application.properties read.
 */
final class StackEnvironment {

  /** The role Debezium logs in with: REPLICATION, and SELECT on each outbox table only. */
  static final String CDC_ROLE = "cdc_relay";

  private StackEnvironment() {}

  static Map<String, String> of(StackSettings settings, Secrets secrets) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SHOP_PG_HOST", settings.postgresHost());
    env.put("SHOP_PG_PORT", Integer.toString(settings.postgresPort()));
    env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
    env.put("SHOP_SMTP_PORT", Integer.toString(settings.port(StackSettings.SMTP_PORT)));
    env.put("SHOP_IMAP_PORT", Integer.toString(settings.port(StackSettings.IMAP_PORT)));
    env.put("SHOP_MAIL_API_PORT", Integer.toString(settings.port(StackSettings.MAIL_API_PORT)));
    env.put("SHOP_CONNECT_URL", settings.connectUrl());
    env.put("CDC_DB_USER", CDC_ROLE);
    env.put("CDC_DB_PASSWORD", secrets.password(CDC_ROLE));
    for (ServiceSpec service : ServiceSpec.ALL) {
      env.put(service.passwordVariable(), secrets.password(service.role()));
      env.put(service.urlVariable(), "http://127.0.0.1:" + settings.port(service.port()));
    }
    return env;
  }
}
