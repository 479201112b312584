package io.shoporders.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.OrderLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParcelCheckTest {

  private static final CarrierLimits LIMITS = new CarrierLimits(35, 2, 31_500);

  @Test
  void weightIsUnitWeightTimesQuantitySummed() {
    List<OrderLine> lines = List.of(line(3, 250), line(2, 1_000));

    assertThat(ParcelWeight.gramsOf(lines)).isEqualTo(2_750);
  }

  @Test
  void aParcelThatFitsHasNoProblem() {
    assertThat(ParcelCheck.problemOf(address("Via Roma 12"), 2_750, LIMITS)).isEmpty();
  }

  @Test
  void aParcelOverTheCarriersLimitIsTooHeavy() {
    assertThat(ParcelCheck.problemOf(address("Via Roma 12"), 31_501, LIMITS))
        .contains(FailureReason.PARCEL_TOO_HEAVY);
  }

  @Test
  void aParcelWithoutWeightCannotBeDeclared() {
    assertThat(ParcelCheck.problemOf(address("Via Roma 12"), 0, LIMITS))
        .contains(FailureReason.PARCEL_WEIGHT_MISSING);
  }

  @Test
  void anAddressThatCannotFitNeedsReview() {
    Address unbreakable = address("Via " + "Lunghissimonomechenonfinisce".repeat(2));

    assertThat(ParcelCheck.problemOf(unbreakable, 500, LIMITS))
        .contains(FailureReason.ADDRESS_NEEDS_REVIEW);
  }

  @Test
  void anAddressWithoutLatinSpellingNeedsReview() {
    Address cyrillic =
        new Address("Иван Петров", List.of("ул. Тверская 1"), null, "Москва", null, "RU");

    assertThat(ParcelCheck.problemOf(cyrillic, 500, LIMITS))
        .contains(FailureReason.ADDRESS_NEEDS_REVIEW);
  }

  @Test
  void theLabelAddressIsTransliteratedAndFitted() {
    Address address =
        new Address(
            "Łukasz Zoë",
            List.of("Große Hamburger Straße 17, Hinterhaus links"),
            "10115",
            "Berlin",
            null,
            "DE");

    LabelAddress label = LabelAddress.fit(address, LIMITS).orElseThrow();

    assertThat(label.name()).isEqualTo("Lukasz Zoe");
    assertThat(label.streetLines())
        .containsExactly("Grosse Hamburger Strasse 17,", "Hinterhaus links");
    assertThat(label.cityLine()).isEqualTo("10115 Berlin");
  }

  private static Address address(String street) {
    return new Address("Zoë Rossi", List.of(street), "20121", "Milano", "MI", "IT");
  }

  private static OrderLine line(int quantity, int unitWeightGrams) {
    return OrderLine.of(
        "SKU-" + quantity, "Thing", quantity, Money.ofMinor(500, "EUR"), 2200, unitWeightGrams);
  }
}
