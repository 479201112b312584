package io.shoporders.payment.gateway.paypal;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.payment.gateway.GatewayOutcome;
import java.util.Locale;
import java.util.Map;

/**
 * PayPal's error {@code issue} names to the decline codes of the service. PayPal does not pass on
 * an issuer's reason (insufficient funds, lost card) for a wallet payment, so most card refusals
 * read as generic_decline; an issue not listed keeps its own name in lower case.
 */
final class PayPalDeclines {

  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("INSTRUMENT_DECLINED", "generic_decline"),
          Map.entry("TRANSACTION_REFUSED", "generic_decline"),
          Map.entry("PAYER_CANNOT_PAY", "generic_decline"),
          Map.entry("PAYER_ACTION_REQUIRED", "authentication_required"),
          Map.entry("CARD_EXPIRED", "expired_card"),
          Map.entry("AUTHORIZATION_EXPIRED", "authorization_expired"),
          Map.entry("AUTHORIZATION_VOIDED", "authorization_voided"),
          Map.entry("AUTHORIZATION_ALREADY_CAPTURED", "authorization_captured"),
          Map.entry("MAX_CAPTURE_AMOUNT_EXCEEDED", "amount_mismatch"),
          Map.entry("CAPTURE_FULLY_REFUNDED", "charge_already_refunded"),
          Map.entry("REFUND_AMOUNT_EXCEEDED", "amount_too_large"));

  private PayPalDeclines() {}

  /** The decline of an error body: its first detail's issue, else its name. */
  static GatewayOutcome.Declined of(JsonNode error) {
    JsonNode detail = error.path("details").path(0);
    String issue = detail.path("issue").asText(error.path("name").asText("UNKNOWN_ERROR"));
    String message = detail.path("description").asText(error.path("message").asText(issue));
    String code = CODES.getOrDefault(issue, issue.toLowerCase(Locale.ROOT));
    return new GatewayOutcome.Declined(code, message);
  }

  /** A resource whose status says PayPal refused it (e.g. an authorization DENIED). */
  static GatewayOutcome.Declined ofStatus(String status) {
    return new GatewayOutcome.Declined("generic_decline", "PayPal answered " + status);
  }
}
