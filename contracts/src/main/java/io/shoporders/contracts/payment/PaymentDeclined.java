package io.shoporders.contracts.payment;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import java.util.List;
import java.util.UUID;

/** The payment was refused, by the gateway or by payment-service's fraud rules. */
@JsonClassDescription(
    "The payment was refused, by the gateway or by payment-service's fraud rules. Nothing is"
        + " held.")
public record PaymentDeclined(
    @JsonPropertyDescription("payment-service's id of the attempted payment.") UUID paymentId,
    @JsonPropertyDescription("Gateway that was asked, or would have been: sandbox, stripe, ...")
        String gateway,
    @JsonPropertyDescription("The amount that was asked for.") Money amount,
    @JsonPropertyDescription(
            "Why, as a lower_snake_case code: generic_decline, insufficient_funds, expired_card,"
                + " incorrect_cvc, processing_error, fraudulent, lost_card, stolen_card,"
                + " fraud_suspected (payment-service's own rules). Other codes may appear;"
                + " treat them as generic_decline.")
        String declineCode,
    @JsonPropertyDescription("The gateway's explanation in English, for operators.") String message)
    implements EventPayload {

  /** The codes the messages explain; any other code reads as {@code generic_decline}. */
  public static final List<String> KNOWN_DECLINE_CODES =
      List.of(
          "generic_decline",
          "insufficient_funds",
          "expired_card",
          "incorrect_cvc",
          "processing_error",
          "fraudulent",
          "lost_card",
          "stolen_card",
          "fraud_suspected");

  public PaymentDeclined {
    Require.present(paymentId, "paymentId");
    Require.text(gateway, "gateway");
    Require.present(amount, "amount");
    Require.code(declineCode, "declineCode");
    Require.text(message, "message");
  }
}
