package io.shoporders.outbox.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.vertx.VertxContextSupport;
import io.shoporders.outbox.MessagingTablesPurge;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service must do when it starts: migrate its database, report itself ready with its
 * database and its Kafka connection checked, and keep its messaging tables from growing for ever.
 * Each service runs these checks as a @QuarkusTest against the test stack.
 */
public abstract class ServiceStartsChecks {

  @Inject AgroalDataSource dataSource;
  @Inject MessagingTablesPurge purge;
  @Inject Scheduler scheduler;

  @Test
  void readinessIsUpAndChecksTheDatabaseAndKafka() {
    List<String> checks =
        given()
            .when()
            .get("/q/health/ready")
            .then()
            .statusCode(200)
            .body("status", equalTo("UP"))
            .extract()
            .jsonPath()
            .getList("checks.name", String.class);

    assertThat(checks)
        .anyMatch(name -> name.contains("PostgreSQL"))
        .anyMatch(name -> name.contains("Kafka"));
  }

  @Test
  void migrationsCreatedTheOutboxAndTheInbox() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY"
                        + " installed_rank")) {
      rows.next();
      assertThat(rows.getString("version")).isEqualTo("1");
    }
    assertThat(tableExists("outbox_event")).isTrue();
    assertThat(tableExists("processed_event")).isTrue();
  }

  @Test
  void outboxRefusesAnEventTypeTheContractsDoNotKnow() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload)"
                    + " VALUES (?, 'order', 'any-order', 'OrderPlacd', '{}')")) {
      insert.setObject(1, UUID.randomUUID());

      assertThatThrownBy(insert::executeUpdate)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("outbox_event_type_known");
    }
  }

  @Test
  void thePurgeDeletesOnlyHandledEventRecordsOlderThanTheyAreKept() throws Throwable {
    String consumer = "purge-check-" + UUID.randomUUID();
    UUID old = UUID.randomUUID();
    UUID keptJustLongEnough = UUID.randomUUID();
    UUID fresh = UUID.randomUUID();
    recordHandled(consumer, old, "31 days");
    recordHandled(consumer, keptJustLongEnough, "29 days");
    recordHandled(consumer, fresh, "0 days");

    VertxContextSupport.subscribeAndAwait(purge::purge);

    assertThat(handledBy(consumer)).containsExactlyInAnyOrder(keptJustLongEnough, fresh);
    assertThat(scheduler.getScheduledJob("messaging-tables-purge")).as("scheduled").isNotNull();
  }

  private void recordHandled(String consumer, UUID eventId, String ago) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, processed_at)"
                    + " VALUES (?, ?, now() - CAST(? AS interval))")) {
      insert.setString(1, consumer);
      insert.setObject(2, eventId);
      insert.setString(3, ago);
      insert.executeUpdate();
    }
  }

  private List<UUID> handledBy(String consumer) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT event_id FROM processed_event WHERE consumer = ?")) {
      select.setString(1, consumer);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      return ids;
    }
  }

  private boolean tableExists(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.getMetaData().getTables(null, "public", table, null)) {
      return rows.next();
    }
  }
}
