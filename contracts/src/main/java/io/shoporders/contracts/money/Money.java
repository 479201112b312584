package io.shoporders.contracts.money;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.Require;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money that is never negative, as an integer count of the currency's minor unit.
 * Conversions follow the currency's ISO 4217 exponent (JPY 0, EUR 2, BHD 3); no floating point is
 * ever involved, and amounts in different currencies are never mixed.
 */
@JsonClassDescription(
    "An amount of money, never negative: an integer count of the currency's minor unit.")
public record Money(
    @JsonPropertyDescription(
            "Amount in the currency's minor unit, as a JSON integer: 1250 is 12.50 EUR, "
                + "1250 JPY is 1250 yen, 1250 BHD is 1.250 dinars.")
        long amountMinor,
    @JsonPropertyDescription("ISO 4217 alphabetic code in upper case, e.g. EUR, JPY, BHD.")
        String currency) {

  public Money {
    fractionDigits(currency);
    if (amountMinor < 0) {
      throw new IllegalArgumentException("amountMinor must not be negative, got " + amountMinor);
    }
  }

  /** An amount already counted in minor units: {@code ofMinor(1250, "EUR")} is 12.50 EUR. */
  public static Money ofMinor(long amountMinor, String currency) {
    return new Money(amountMinor, currency);
  }

  /**
   * An amount in major units: {@code ofMajor(new BigDecimal("12.50"), "EUR")}. Rejects an amount
   * with more decimals than the currency has, rather than rounding money silently.
   */
  public static Money ofMajor(BigDecimal amount, String currency) {
    int digits = fractionDigits(currency);
    BigDecimal minor = Require.present(amount, "amount").movePointRight(digits);
    if (minor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "amount "
              + amount.toPlainString()
              + " has more than "
              + digits
              + " decimals, "
              + "the most "
              + currency
              + " allows");
    }
    return new Money(minor.longValueExact(), currency);
  }

  /** {@code ofMajor("12.50", "EUR")}: the text form of {@link #ofMajor(BigDecimal, String)}. */
  public static Money ofMajor(String amount, String currency) {
    return ofMajor(new BigDecimal(Require.text(amount, "amount")), currency);
  }

  /** Nothing, in the given currency: free shipping, for one. */
  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  /** The amount in major units with exactly the currency's decimals: 12.50 for 1250 EUR. */
  public BigDecimal toMajor() {
    return BigDecimal.valueOf(amountMinor, fractionDigits(currency));
  }

  /** The sum of two amounts in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
  }

  /** This amount repeated: a unit price times a quantity. */
  public Money times(int quantity) {
    Require.notNegative(quantity, "quantity");
    return new Money(Math.multiplyExact(amountMinor, quantity), currency);
  }

  /** Whether both amounts are in the same currency. */
  public boolean sameCurrencyAs(Money other) {
    return currency.equals(other.currency);
  }

  /** Readable in logs and messages: "12.50 EUR". */
  @Override
  public String toString() {
    return toMajor().toPlainString() + " " + currency;
  }

  private void requireSameCurrency(Money other) {
    if (!sameCurrencyAs(Require.present(other, "other"))) {
      throw new IllegalArgumentException(
          "currency " + other.currency + " cannot be mixed with " + currency);
    }
  }

  private static int fractionDigits(String currency) {
    Require.present(currency, "currency");
    int digits = -1;
    try {
      digits = Currency.getInstance(currency).getDefaultFractionDigits();
    } catch (IllegalArgumentException unknown) {
      // Reported below with the field's name, like every other invalid value.
    }
    // Gold, test and "no currency" codes have no exponent: they are not money a shop takes.
    if (digits < 0) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 currency code, got " + currency);
    }
    return digits;
  }
}
