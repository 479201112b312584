package io.shoporders.stack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A PostgreSQL server the user runs (SHOP_EXTERNAL_PG_HOST and friends). The stack never starts or
 * stops it; it only creates the databases and roles it needs, with the admin role the user named.
 * The server must run with wal_level=logical for the outbox connectors.
 */
final class ExternalPostgresServer implements Part {

  private final StackSettings settings;
  private final Secrets secrets;

  ExternalPostgresServer(StackSettings settings, Secrets secrets) {
    this.settings = settings;
    this.secrets = secrets;
  }

  @Override
  public String name() {
    return PostgresServer.NAME;
  }

  @Override
  public boolean running() {
    return healthy();
  }

  @Override
  public void start() {
    // Not ours to start: `up` waits for it and names it if it does not answer.
  }

  @Override
  public boolean healthy() {
    StackSettings.ExternalPostgres pg = settings.externalPostgres();
    try (Connection ignored =
        PostgresBootstrap.connect(settings, pg.adminUser(), pg.adminPassword())) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void prepare() throws SQLException, IOException {
    StackSettings.ExternalPostgres pg = settings.externalPostgres();
    new PostgresBootstrap(settings, secrets).run(pg.adminUser(), pg.adminPassword());
  }

  @Override
  public void stop() {
    // The user's server keeps running.
  }

  @Override
  public List<String> endpoints() {
    return List.of(
        "postgresql://"
            + settings.postgresHost()
            + ":"
            + settings.postgresPort()
            + "  (your server)");
  }
}
