package io.shoporders.contracts.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "1250, JPY, 1250",
    "12.50, EUR, 1250",
    "12.5, EUR, 1250",
    "1.250, BHD, 1250",
    "0.001, BHD, 1",
    "0, EUR, 0"
  })
  void majorAmountsConvertByTheCurrencyExponent(String major, String currency, long minor) {
    Money money = Money.ofMajor(new BigDecimal(major), currency);

    assertThat(money.amountMinor()).isEqualTo(minor);
  }

  @ParameterizedTest
  @CsvSource({"1250, JPY, 1250", "1250, EUR, 12.50", "1250, BHD, 1.250", "5, EUR, 0.05"})
  void minorAmountsReadBackWithExactlyTheCurrencyDecimals(
      long minor, String currency, String major) {
    Money money = Money.ofMinor(minor, currency);

    assertThat(money.toMajor()).isEqualByComparingTo(major);
    assertThat(money.toMajor().toPlainString()).isEqualTo(major);
  }

  @ParameterizedTest
  @CsvSource({"12.5, JPY, 0", "12.505, EUR, 2", "1.2345, BHD, 3"})
  void moreDecimalsThanTheCurrencyHasAreRejectedNotRounded(
      String major, String currency, int digits) {
    assertThatThrownBy(() -> Money.ofMajor(major, currency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "amount "
                + major
                + " has more than "
                + digits
                + " decimals, the most "
                + currency
                + " allows");
  }

  @Test
  void trailingZerosBeyondTheExponentAreHarmless() {
    Money money = Money.ofMajor("100.00", "JPY");

    assertThat(money).isEqualTo(Money.ofMinor(100, "JPY"));
  }

  @Test
  void unknownCurrencyIsRejected() {
    assertThatThrownBy(() -> Money.ofMinor(100, "EURO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must be an ISO 4217 currency code, got EURO");
  }

  @Test
  void currencyWithoutMinorUnitsIsNotMoneyAShopTakes() {
    assertThatThrownBy(() -> Money.ofMinor(1, "XAU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("currency must be an ISO 4217 currency code");
  }

  @Test
  void lowerCaseCurrencyIsRejected() {
    assertThatThrownBy(() -> Money.ofMinor(100, "eur"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeAmountIsRejected() {
    assertThatThrownBy(() -> Money.ofMinor(-1, "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amountMinor must not be negative, got -1");
  }

  @Test
  void amountsInTheSameCurrencyAddUp() {
    Money items = Money.ofMajor("49.90", "EUR");

    Money total = items.plus(Money.ofMajor("6.90", "EUR"));

    assertThat(total).isEqualTo(Money.ofMajor("56.80", "EUR"));
  }

  @Test
  void currenciesAreNeverMixed() {
    Money euros = Money.ofMinor(100, "EUR");

    assertThatThrownBy(() -> euros.plus(Money.ofMinor(100, "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency USD cannot be mixed with EUR");
  }

  @Test
  void unitPriceTimesQuantity() {
    Money unitPrice = Money.ofMajor("12.50", "EUR");

    Money lineTotal = unitPrice.times(3);

    assertThat(lineTotal).isEqualTo(Money.ofMajor("37.50", "EUR"));
  }

  @Test
  void overflowFailsInsteadOfWrappingAround() {
    Money huge = Money.ofMinor(Long.MAX_VALUE, "EUR");

    assertThatThrownBy(() -> huge.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void readsWellInLogs() {
    assertThat(Money.ofMinor(1250, "BHD")).hasToString("1.250 BHD");
    assertThat(Money.ofMinor(1250, "JPY")).hasToString("1250 JPY");
  }
}
