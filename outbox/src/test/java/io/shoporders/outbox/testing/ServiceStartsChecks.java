package io.shoporders.outbox.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service must do when it starts: migrate its database and report itself ready with its
 * database and its Kafka connection checked. Each service runs these checks as a @QuarkusTest
 * against the test stack.
 */
public abstract class ServiceStartsChecks {

  @Inject AgroalDataSource dataSource;

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

  private boolean tableExists(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.getMetaData().getTables(null, "public", table, null)) {
      return rows.next();
    }
  }
}
