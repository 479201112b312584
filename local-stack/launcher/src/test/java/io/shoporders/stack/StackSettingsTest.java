package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

  private static final Path REPOSITORY = Path.of("/repo");

  @Test
  void defaultsToTheEmbeddedStackUnderDotShop() {
    StackSettings settings = StackSettings.fromEnvironment(REPOSITORY, Map.of());

    assertThat(settings.home()).isEqualTo(Path.of("/repo/.shop"));
    assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(settings.postgresPort()).isEqualTo(15432);
    assertThat(settings.externalPostgres()).isNull();
  }

  @Test
  void testStackLivesBesideTheDevelopmentStackOnShiftedPorts() {
    StackSettings tests = StackSettings.fromEnvironment(REPOSITORY, Map.of()).forTests();

    assertThat(tests.home()).isEqualTo(Path.of("/repo/.shop-test"));
    assertThat(tests.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
    assertThat(tests.connectUrl()).isEqualTo("http://127.0.0.1:18093");
  }

  @Test
  void variablesExportedForTheServicesDoNotSelectAnExternalPostgres() {
    StackSettings settings =
        StackSettings.fromEnvironment(REPOSITORY, Map.of("SHOP_PG_HOST", "127.0.0.1"));

    assertThat(settings.externalPostgres()).isNull();
  }

  @Test
  void jvmOptionsFromTheEnvironmentReachEveryJavaCommandAfterTheStacksOwn() {
    StackSettings settings =
        StackSettings.fromEnvironment(
            REPOSITORY, Map.of("SHOP_JVM_OPTIONS", " -XX:TieredStopAtLevel=1   -Xlog:gc "));

    List<String> command = new JavaCommand(settings, "kafka", "512m").arg("-jar", "k.jar").toList();

    assertThat(settings.jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1", "-Xlog:gc");
    assertThat(command.subList(command.size() - 4, command.size()))
        .containsExactly("-XX:TieredStopAtLevel=1", "-Xlog:gc", "-jar", "k.jar");
    assertThat(settings.forTests().jvmOptions()).isEqualTo(settings.jvmOptions());
    assertThat(StackSettings.fromEnvironment(REPOSITORY, Map.of()).jvmOptions()).isEmpty();
  }

  @Test
  void portOffsetThatIsNotANumberIsNamedInTheError() {
    assertThatThrownBy(
            () -> StackSettings.fromEnvironment(REPOSITORY, Map.of("SHOP_PORT_OFFSET", "abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHOP_PORT_OFFSET");
  }

  @Test
  void userPostgresIsUsedWhenNamed() {
    StackSettings settings =
        StackSettings.fromEnvironment(
            REPOSITORY,
            Map.of("SHOP_EXTERNAL_PG_HOST", "db.local", "SHOP_EXTERNAL_PG_PORT", "5433"));

    assertThat(settings.postgresHost()).isEqualTo("db.local");
    assertThat(settings.postgresPort()).isEqualTo(5433);
    assertThat(settings.externalPostgres().adminUser()).isEqualTo("postgres");
  }
}
