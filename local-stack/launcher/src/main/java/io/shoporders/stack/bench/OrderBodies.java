package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Order requests like a storefront's: one to five lines over the benchmark catalogue, a share paid
 * with a sandbox card that is declined, a share with the sold-out product in it. Seeded, so two
 * runs send the same mix.
 */
final class OrderBodies {

  /** Share of orders paid with a card the sandbox declines. */
  static final double DECLINE_SHARE = 0.05;

  /** Share of orders with a line of the sold-out product. */
  static final double STOCK_OUT_SHARE = 0.05;

  private final ObjectMapper json = new ObjectMapper();
  private final Random random = new Random(42);
  private final List<String> skus = Catalogue.inStock();
  private final String runTag;

  /**
   * @param runTag letters that set this run's e-mail addresses apart from earlier runs'
   */
  OrderBodies(String runTag) {
    this.runTag = runTag;
  }

  /** What an order is expected to end as. */
  enum Outcome {
    SHIPPED,
    DECLINED,
    SOLD_OUT
  }

  record Order(String body, Outcome expected) {}

  Order next(long index) {
    double draw = random.nextDouble();
    Outcome outcome =
        draw < DECLINE_SHARE
            ? Outcome.DECLINED
            : draw < DECLINE_SHARE + STOCK_OUT_SHARE ? Outcome.SOLD_OUT : Outcome.SHIPPED;
    ObjectNode order = json.createObjectNode();
    order.set("customer", customer(index));
    order.set("shippingAddress", address());
    order.set("lines", lines(outcome == Outcome.SOLD_OUT));
    order.set("paymentMethod", payment(outcome == Outcome.DECLINED));
    return new Order(order.toString(), outcome);
  }

  private ObjectNode customer(long index) {
    // Letters only: the intake refuses anything that looks like a card number, and the fraud
    // rules count orders per address, so each order gets an address of its own.
    String email = "bench." + runTag + "." + letters(index) + "@example.com";
    return json.createObjectNode()
        .put("name", "Bench Customer")
        .put("email", email)
        .put("language", "en")
        .put("channel", "EMAIL");
  }

  private ObjectNode address() {
    ObjectNode address = json.createObjectNode().put("name", "Bench Customer");
    address.putArray("lines").add("Via Roma 1");
    return address
        .put("postalCode", "20121")
        .put("city", "Milano")
        .put("province", "MI")
        .put("country", "IT");
  }

  private ArrayNode lines(boolean withSoldOut) {
    ArrayNode lines = json.createArrayNode();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      boolean soldOut = withSoldOut && i == 0;
      String sku = soldOut ? Catalogue.SOLD_OUT : skus.get(random.nextInt(skus.size()));
      lines.addObject().put("sku", sku).put("quantity", 1 + random.nextInt(3));
    }
    return lines;
  }

  private ObjectNode payment(boolean declined) {
    String token = declined ? "pm_card_visa_chargeDeclined" : "pm_card_visa";
    return json.createObjectNode().put("type", "sandbox").put("token", token);
  }

  /** A number written in the letters a to z, so addresses differ without digits in them. */
  static String letters(long number) {
    StringBuilder text = new StringBuilder();
    long rest = number;
    do {
      text.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return text.reverse().toString();
  }
}
