package io.shoporders.payment.gateway.paypal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shoporders.contracts.money.Money;

/** PayPal's money: the currency and a decimal string in major units, e.g. "37.40". */
record PayPalAmount(@JsonProperty("currency_code") String currencyCode, String value) {

  static PayPalAmount of(Money money) {
    return new PayPalAmount(money.currency(), money.toMajor().toPlainString());
  }

  /** The body of a capture: this amount, and no further capture of the authorization. */
  record Capture(PayPalAmount amount, @JsonProperty("final_capture") boolean finalCapture) {}

  /** The body of a refund. */
  record Refund(PayPalAmount amount) {}
}
