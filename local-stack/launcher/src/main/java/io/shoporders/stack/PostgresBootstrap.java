package io.shoporders.stack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates one database and one role per service, and the role Debezium reads the outboxes with.
 *
 * <p>Least privilege: a service's role owns its own database and can connect to no other; the
 * change-data-capture role may replicate and read each outbox table, nothing else. Each database
 * gets an empty publication owned by its service, which the service's first migration fills with
 * its outbox table. The publication exists before the connectors start, so every outbox row a
 * service ever writes is streamed, whichever starts first. Running it again changes nothing but the
 * passwords, which it keeps in step with the stack's secrets.
 */
final class PostgresBootstrap {

  static final String PUBLICATION = "outbox_publication";

  private final StackSettings settings;
  private final Secrets secrets;

  PostgresBootstrap(StackSettings settings, Secrets secrets) {
    this.settings = settings;
    this.secrets = secrets;
  }

  static Connection connect(StackSettings settings, String user, String password)
      throws SQLException {
    return connect(settings, "postgres", user, password);
  }

  static Connection connect(StackSettings settings, String database, String user, String password)
      throws SQLException {
    String url =
        "jdbc:postgresql://"
            + settings.postgresHost()
            + ":"
            + settings.postgresPort()
            + "/"
            + database
            + "?connectTimeout=2";
    return DriverManager.getConnection(url, user, password);
  }

  void run(String adminUser, String adminPassword) throws SQLException, IOException {
    String cdc = StackEnvironment.CDC_ROLE;
    try (Connection admin = connect(settings, adminUser, adminPassword)) {
      upsertRole(admin, cdc, "LOGIN REPLICATION");
      for (ServiceSpec service : ServiceSpec.ALL) {
        upsertRole(admin, service.role(), "LOGIN");
        createDatabase(admin, service);
      }
    }
    for (ServiceSpec service : ServiceSpec.ALL) {
      try (Connection db = connect(settings, service.database(), adminUser, adminPassword)) {
        prepareDatabase(db, service);
      }
    }
    if (settings.externalPostgres() == null) {
      // The embedded server is ours to lock down; a user's own server keeps its settings.
      try (Connection admin = connect(settings, adminUser, adminPassword)) {
        closeSystemDatabases(admin);
      }
    }
  }

  private void upsertRole(Connection admin, String role, String attributes)
      throws SQLException, IOException {
    String verb =
        exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
    try (Statement statement = admin.createStatement()) {
      statement.execute(
          verb + " ROLE " + role + " " + attributes + " PASSWORD '" + secrets.password(role) + "'");
    }
  }

  private void createDatabase(Connection admin, ServiceSpec service) throws SQLException {
    if (exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", service.database())) {
      return;
    }
    try (Statement statement = admin.createStatement()) {
      statement.execute(
          "CREATE DATABASE "
              + service.database()
              + " OWNER "
              + service.role()
              + " ENCODING 'UTF8' TEMPLATE template0");
      statement.execute("REVOKE ALL ON DATABASE " + service.database() + " FROM PUBLIC");
      statement.execute(
          "GRANT CONNECT ON DATABASE " + service.database() + " TO " + StackEnvironment.CDC_ROLE);
    }
  }

  private void prepareDatabase(Connection db, ServiceSpec service) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute("ALTER SCHEMA public OWNER TO " + service.role());
      statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
      statement.execute("GRANT USAGE ON SCHEMA public TO " + StackEnvironment.CDC_ROLE);
      if (!exists(db, "SELECT 1 FROM pg_publication WHERE pubname = ?", PUBLICATION)) {
        statement.execute("CREATE PUBLICATION " + PUBLICATION);
        statement.execute("ALTER PUBLICATION " + PUBLICATION + " OWNER TO " + service.role());
      }
    }
  }

  /** The server's own databases are the administrator's: no service may connect or create there. */
  private static void closeSystemDatabases(Connection admin) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC");
      statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE template1 FROM PUBLIC");
      statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    }
  }

  private static boolean exists(Connection connection, String query, String value)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }
}
