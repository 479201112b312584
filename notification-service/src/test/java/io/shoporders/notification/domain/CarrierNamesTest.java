package io.shoporders.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarrierNamesTest {

  @Test
  void knownCarriersGoByTheNameCustomersKnow() {
    assertThat(CarrierNames.of("poste")).isEqualTo("Poste Italiane");
    assertThat(CarrierNames.of("gls")).isEqualTo("GLS");
    assertThat(CarrierNames.of("sandbox")).isEqualTo("Sandbox");
  }

  @Test
  void anUnknownCarrierIsShownInCapitals() {
    assertThat(CarrierNames.of("ups")).isEqualTo("UPS");
  }
}
