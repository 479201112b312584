package io.shoporders.shipping.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CarrierSelectionTest.ItalyByGlsGermanyByDhl.class)
class CarrierSelectionTest {

  @Inject Carriers carriers;

  @Test
  void aParcelToItalyGoesToTheCarrierConfiguredForItaly() {
    assertThat(carriers.forCountry("IT").code()).isEqualTo("gls");
  }

  @Test
  void aParcelToGermanyGoesToDhl() {
    assertThat(carriers.forCountry("DE").code()).isEqualTo("dhl");
  }

  @Test
  void aCountryWithoutAnEntryGoesToTheShopsDefault() {
    assertThat(carriers.forCountry("FR").code()).isEqualTo("poste");
  }

  @Test
  void everyCarrierCanBeFoundByItsCode() {
    assertThat(carriers.named("poste").code()).isEqualTo("poste");
    assertThat(carriers.named("gls").limits().streetLines()).isEqualTo(1);
  }

  /** The shop ships with Poste by default, with GLS within Italy and DHL to Germany. */
  public static class ItalyByGlsGermanyByDhl implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "shipping.carrier.default-carrier", "poste",
          "shipping.carrier.by-country.IT", "gls",
          "shipping.carrier.by-country.DE", "dhl");
    }
  }
}
