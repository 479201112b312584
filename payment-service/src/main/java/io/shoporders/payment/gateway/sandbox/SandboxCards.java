package io.shoporders.payment.gateway.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's test payment methods: the ids Stripe publishes for its test mode, with the outcome
 * Stripe documents for each, so a token that works against a Stripe test account gives the same
 * answer here. Stripe accepts both the {@code pm_card_visa_chargeDeclined...} and the shorter
 * {@code pm_card_chargeDeclined...} spelling of the decline family; so does the sandbox.
 *
 * <p>One token is the sandbox's own, since Stripe has none for it: {@value #LAPSED_HOLD}
 * authorizes, but its hold lapses at once, so the capture after the label is refused with {@code
 * authorization_expired}, as a real capture is when the goods leave after the hold window.
 */
final class SandboxCards {

  /** What an unknown token gets; Stripe answers such a token with "no such PaymentMethod". */
  static final SandboxCard UNKNOWN =
      SandboxCard.declining("generic_decline", "no such test payment method in the sandbox");

  /** The sandbox's own token whose authorization lapses before it can be captured. */
  static final String LAPSED_HOLD = "pm_card_visa_holdLapsesAtOnce";

  private static final Map<String, SandboxCard> CARDS =
      Map.ofEntries(
          Map.entry(LAPSED_HOLD, SandboxCard.approvingWithLapsedHold("Visa")),
          Map.entry("pm_card_visa", SandboxCard.approving("Visa")),
          Map.entry("pm_card_visa_debit", SandboxCard.approving("Visa debit")),
          Map.entry("pm_card_mastercard", SandboxCard.approving("Mastercard")),
          Map.entry("pm_card_mastercard_debit", SandboxCard.approving("Mastercard debit")),
          Map.entry("pm_card_mastercard_prepaid", SandboxCard.approving("Mastercard prepaid")),
          Map.entry("pm_card_amex", SandboxCard.approving("American Express")),
          Map.entry("pm_card_discover", SandboxCard.approving("Discover")),
          Map.entry("pm_card_diners", SandboxCard.approving("Diners Club")),
          Map.entry("pm_card_jcb", SandboxCard.approving("JCB")),
          Map.entry("pm_card_unionpay", SandboxCard.approving("UnionPay")),
          declined("pm_card_visa_chargeDeclined", "generic_decline", "the issuer declined"),
          declined("pm_card_chargeDeclined", "generic_decline", "the issuer declined"),
          declined(
              "pm_card_visa_chargeDeclinedInsufficientFunds",
              "insufficient_funds",
              "not enough funds on the card"),
          declined(
              "pm_card_chargeDeclinedInsufficientFunds",
              "insufficient_funds",
              "not enough funds on the card"),
          declined("pm_card_visa_chargeDeclinedLostCard", "lost_card", "card reported lost"),
          declined("pm_card_chargeDeclinedLostCard", "lost_card", "card reported lost"),
          declined("pm_card_visa_chargeDeclinedStolenCard", "stolen_card", "card reported stolen"),
          declined("pm_card_chargeDeclinedStolenCard", "stolen_card", "card reported stolen"),
          declined("pm_card_chargeDeclinedExpiredCard", "expired_card", "the card has expired"),
          declined("pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc", "the CVC is wrong"),
          declined(
              "pm_card_chargeDeclinedProcessingError",
              "processing_error",
              "the issuer could not process the card"),
          declined(
              "pm_card_visa_chargeDeclinedVelocityLimitExceeded",
              "card_velocity_exceeded",
              "the card's spending limit was reached"),
          declined(
              "pm_card_visa_chargeDeclinedFraudulent", "fraudulent", "the issuer suspects fraud"),
          declined("pm_card_chargeDeclinedFraudulent", "fraudulent", "the issuer suspects fraud"),
          declined("pm_card_radarBlock", "fraudulent", "blocked by the gateway's fraud screening"),
          declined(
              "pm_card_chargeCustomerFail",
              "generic_decline",
              "the card was saved but the issuer declined the charge"));

  private SandboxCards() {}

  /** The test payment method behind a token. */
  static Optional<SandboxCard> find(String token) {
    return Optional.ofNullable(CARDS.get(token));
  }

  /** Every token the sandbox knows, for documentation and tests. */
  static Map<String, SandboxCard> all() {
    return CARDS;
  }

  private static Map.Entry<String, SandboxCard> declined(String token, String code, String text) {
    return Map.entry(token, SandboxCard.declining(code, text));
  }
}
