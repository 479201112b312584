package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

  @Test
  void cardNumbersAreSpottedPlainOrGroupedAnywhereInAText() {
    assertThat(CardNumbers.appearIn("4111111111111111")).isTrue();
    assertThat(CardNumbers.appearIn("4242 4242 4242 4242")).isTrue();
    assertThat(CardNumbers.appearIn("card 5555-5555-5555-4444 thanks")).isTrue();
    assertThat(CardNumbers.appearIn("378282246310005")).isTrue();
  }

  @Test
  void phoneNumbersTokensAndShortNumbersAreNotCards() {
    assertThat(CardNumbers.appearIn("+393331234567")).isFalse();
    assertThat(CardNumbers.appearIn("pm_1QfT7k2eZvKYlo2C")).isFalse();
    assertThat(CardNumbers.appearIn("Via Roma 12, 20121")).isFalse();
    assertThat(CardNumbers.appearIn("4111111111111112")).isFalse();
  }
}
