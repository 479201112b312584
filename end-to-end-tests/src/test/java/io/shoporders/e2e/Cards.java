package io.shoporders.e2e;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's test payment methods the scenarios pay with. payment-service's fraud rules count
 * orders per payment method within an hour, so the approving cards take turns from a random start
 * and repeated runs of the module stay far below that limit.
 */
final class Cards {

  static final String INSUFFICIENT_FUNDS = "pm_card_visa_chargeDeclinedInsufficientFunds";

  /** Authorizes, but the hold has lapsed before the capture (the sandbox's own token). */
  static final String LAPSED_HOLD = "pm_card_visa_holdLapsesAtOnce";

  private static final List<String> APPROVING =
      List.of(
          "pm_card_visa",
          "pm_card_visa_debit",
          "pm_card_mastercard",
          "pm_card_mastercard_debit",
          "pm_card_mastercard_prepaid",
          "pm_card_amex",
          "pm_card_discover",
          "pm_card_diners",
          "pm_card_jcb",
          "pm_card_unionpay");

  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(APPROVING.size()));

  private Cards() {}

  /** A card that authorizes and captures. */
  static String approving() {
    return APPROVING.get(Math.floorMod(NEXT.getAndIncrement(), APPROVING.size()));
  }
}
