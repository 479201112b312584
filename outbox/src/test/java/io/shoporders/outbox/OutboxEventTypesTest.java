package io.shoporders.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.Aggregate;
import io.shoporders.contracts.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The database's list of allowed outbox types is the contracts' list, no more and no less. */
class OutboxEventTypesTest {

  private static final Pattern QUOTED = Pattern.compile("'([A-Za-z]+)'");

  @Test
  void outboxAcceptsExactlyTheEventTypesOfTheContracts() throws IOException {
    String migration = migration();

    List<String> allowed = quoted(section(migration, "outbox_event_type_known"));

    assertThat(allowed)
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(EventType.values()).map(Enum::name).toList());
  }

  @Test
  void outboxAcceptsExactlyTheAggregateTypesOfTheContracts() throws IOException {
    String migration = migration();

    List<String> allowed = quoted(section(migration, "outbox_event_aggregate_type_known"));

    assertThat(allowed)
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(Aggregate.values()).map(Aggregate::outboxType).toList());
  }

  private static String migration() throws IOException {
    try (InputStream in =
        OutboxEventTypesTest.class.getResourceAsStream("/db/messaging/R__outbox_event_types.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The ADD CONSTRAINT statement of the named constraint. */
  private static String section(String sql, String constraint) {
    int start = sql.indexOf("ADD CONSTRAINT " + constraint);
    return sql.substring(start, sql.indexOf(';', start));
  }

  private static List<String> quoted(String sql) {
    Matcher matcher = QUOTED.matcher(sql);
    return matcher.results().map(result -> result.group(1)).toList();
  }
}
