package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.Require;
import java.util.regex.Pattern;

/**
 * How an order is paid: the gateway and the token the shop's checkout got from it. The token stands
 * for the card at the gateway; a card number never enters the system.
 */
@JsonClassDescription("The gateway and the token the checkout got from it; never a card number.")
public record PaymentMethod(
    @JsonPropertyDescription(
            "Gateway that issued the token, lower case: sandbox, stripe, paypal, nexi.")
        String type,
    @JsonPropertyDescription("The gateway's token for the payment method, e.g. pm_1Q2w3E.")
        String token) {

  private static final Pattern GATEWAY = Pattern.compile("[a-z][a-z0-9_-]*");

  // Twelve or more digits, maybe grouped by spaces or dashes: the shape of a card number.
  private static final Pattern CARD_NUMBER = Pattern.compile("[0-9][0-9 -]{10,}[0-9]");

  public PaymentMethod {
    if (!GATEWAY.matcher(Require.present(type, "type")).matches()) {
      throw new IllegalArgumentException("type must be a lower-case gateway name, got " + type);
    }
    if (CARD_NUMBER.matcher(Require.text(token, "token")).matches()) {
      throw new IllegalArgumentException("token must be a gateway token, never a card number");
    }
  }

  /** The token stays out of logs. */
  @Override
  public String toString() {
    return "PaymentMethod[type=" + type + "]";
  }
}
