package io.shoporders.payment.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.money.Money;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FraudRulesTest {

  private final FraudRules rules =
      new FraudRules(
          new FraudLimits(Map.of("EUR", Money.ofMinor(5000_00, "EUR")), 3, 5, Set.of("IT", "FR")));

  private static FraudCheck order(long amountMinor, String country, long byEmail, long byCard) {
    return new FraudCheck(Money.ofMinor(amountMinor, "EUR"), country, byEmail, byCard);
  }

  @Test
  void anOrdinaryOrderPasses() {
    // when / then
    assertThat(rules.firstHit(order(120_00, "IT", 0, 0))).isEmpty();
  }

  @Test
  void anAmountUpToTheLimitPassesAndAboveItIsAHit() {
    // when / then
    assertThat(rules.firstHit(order(5000_00, "IT", 0, 0))).isEmpty();
    assertThat(rules.firstHit(order(5000_01, "IT", 0, 0))).get().asString().contains("limit");
  }

  @Test
  void aCurrencyWithoutALimitIsNotLimited() {
    // given
    FraudCheck yen = new FraudCheck(Money.ofMinor(99_999_999, "JPY"), "IT", 0, 0);

    // when / then
    assertThat(rules.firstHit(yen)).isEmpty();
  }

  @Test
  void tooManyOrdersFromOneEmailIsAHit() {
    // when / then
    assertThat(rules.firstHit(order(10_00, "IT", 2, 0))).isEmpty();
    assertThat(rules.firstHit(order(10_00, "IT", 3, 0))).get().asString().contains("e-mail");
  }

  @Test
  void tooManyOrdersWithOneCardIsAHit() {
    // when / then
    assertThat(rules.firstHit(order(10_00, "IT", 0, 4))).isEmpty();
    assertThat(rules.firstHit(order(10_00, "IT", 0, 5))).get().asString().contains("card");
  }

  @Test
  void aShippingCountryOutsideTheListIsAHit() {
    // when / then
    assertThat(rules.firstHit(order(10_00, "US", 0, 0))).get().asString().contains("US");
  }

  @Test
  void fingerprintsIgnoreTheCaseOfAnEmailAndNeverContainIt() {
    // when
    String lower = Fingerprints.ofEmail("ada@example.com");
    String upper = Fingerprints.ofEmail(" Ada@Example.COM");

    // then
    assertThat(lower).isEqualTo(upper).hasSize(64).doesNotContain("ada");
    assertThat(Fingerprints.ofPaymentMethod("sandbox", "pm_card_visa"))
        .hasSize(64)
        .doesNotContain("pm_card")
        .isNotEqualTo(Fingerprints.ofPaymentMethod("stripe", "pm_card_visa"));
  }
}
