package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

  @TempDir Path home;

  @Test
  void passwordIsGeneratedOnceAndKeptAcrossRuns() throws Exception {
    String first = Secrets.loadOrCreate(home).password("orders_service");

    String again = Secrets.loadOrCreate(home).password("orders_service");

    assertThat(again).isEqualTo(first).hasSize(36).matches("[0-9a-f]+");
  }

  @Test
  void twoLaunchersStartedAtOnceOnANewStackAgreeOnThePasswords() throws Exception {
    Secrets first = Secrets.loadOrCreate(home);
    Secrets second = Secrets.loadOrCreate(home);

    String made = first.password("orders_service");

    assertThat(second.password("orders_service")).isEqualTo(made);
    assertThat(Secrets.loadOrCreate(home).password("orders_service")).isEqualTo(made);
  }

  @Test
  void eachRoleGetsItsOwnPassword() throws Exception {
    Secrets secrets = Secrets.loadOrCreate(home);

    assertThat(secrets.password("orders_service")).isNotEqualTo(secrets.password("cdc_relay"));
  }

  @Test
  void secretsFileIsReadableByItsOwnerOnly() throws Exception {
    Secrets.loadOrCreate(home).password("cdc_relay");

    assertThat(Files.getPosixFilePermissions(home.resolve("secrets.properties")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }
}
