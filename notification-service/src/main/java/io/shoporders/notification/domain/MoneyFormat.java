package io.shoporders.notification.domain;

import io.shoporders.contracts.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Writes an amount the way a reader of the language expects: {@code € 1.234,50} in Italian, {@code
 * €1,234.50} in English. Always with the currency's own number of decimals, from the integer minor
 * units, so no amount is ever rounded.
 */
public final class MoneyFormat {

  private MoneyFormat() {}

  /** The amount with its currency symbol, in the conventions of {@code locale}'s language. */
  public static String format(Money money, Locale locale) {
    Currency currency = Currency.getInstance(money.currency());
    BigDecimal major = money.toMajor();
    DecimalFormat format = new DecimalFormat(pattern(locale), symbols(locale, currency));
    format.setMinimumFractionDigits(major.scale());
    format.setMaximumFractionDigits(major.scale());
    return format.format(major);
  }

  private static String pattern(Locale locale) {
    // Italian style guides put the symbol first with a space; English writes it joined.
    return "it".equals(locale.getLanguage()) ? "¤ #,##0" : "¤#,##0";
  }

  private static DecimalFormatSymbols symbols(Locale locale, Currency currency) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    symbols.setCurrency(currency);
    symbols.setCurrencySymbol(currency.getSymbol(locale));
    return symbols;
  }
}
