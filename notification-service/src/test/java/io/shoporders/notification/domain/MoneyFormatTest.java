package io.shoporders.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.money.Money;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  private static final Locale ITALIAN = Locale.forLanguageTag("it");
  private static final Locale ENGLISH = Locale.forLanguageTag("en");

  @Test
  void italianPutsTheEuroFirstWithDotsForThousandsAndACommaForCents() {
    // given
    Money amount = Money.ofMinor(123_450, "EUR");

    // when
    String written = MoneyFormat.format(amount, ITALIAN);

    // then
    assertThat(written).isEqualTo("€ 1.234,50");
  }

  @Test
  void englishJoinsTheSymbolWithCommasForThousandsAndADotForCents() {
    // when
    String written = MoneyFormat.format(Money.ofMinor(123_450, "EUR"), ENGLISH);

    // then
    assertThat(written).isEqualTo("€1,234.50");
  }

  @Test
  void wholeAndSmallAmountsKeepBothDecimals() {
    // when / then
    assertThat(MoneyFormat.format(Money.ofMinor(5, "EUR"), ITALIAN)).isEqualTo("€ 0,05");
    assertThat(MoneyFormat.format(Money.ofMinor(100_000_000, "EUR"), ITALIAN))
        .isEqualTo("€ 1.000.000,00");
  }

  @Test
  void eachCurrencyKeepsItsOwnNumberOfDecimals() {
    // when
    String yen = MoneyFormat.format(Money.ofMinor(1250, "JPY"), ENGLISH);
    String dinar = MoneyFormat.format(Money.ofMinor(1250, "BHD"), ITALIAN);

    // then
    assertThat(yen).endsWith("1,250").doesNotContain(".");
    assertThat(dinar).endsWith("1,250");
  }
}
