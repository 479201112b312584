package io.shoporders.order.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Builds order request bodies: a valid one, then changed field by field. */
public final class OrderJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode body;

  private OrderJson(ObjectNode body) {
    this.body = body;
  }

  /** A valid order for one unit of the sku, by a customer with the given e-mail address. */
  public static OrderJson valid(String email, String sku) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode customer = body.putObject("customer");
    customer.put("name", "Ada Lovelace").put("email", email).put("phone", "+393331234567");
    customer.put("language", "it").put("channel", "EMAIL");
    ObjectNode address = body.putObject("shippingAddress");
    address.put("name", "Ada Lovelace").putArray("lines").add("Via Roma 1");
    address.put("postalCode", "20121").put("city", "Milano").put("province", "MI");
    address.put("country", "IT");
    body.putArray("lines").addObject().put("sku", sku).put("quantity", 1);
    body.putObject("paymentMethod").put("type", "stripe").put("token", "pm_1QfT7k2eZvKYlo2C");
    return new OrderJson(body);
  }

  /** Replaces the lines with the given (sku, quantity) pairs. */
  public OrderJson lines(Object... skuThenQuantity) {
    ArrayNode lines = body.putArray("lines");
    for (int i = 0; i < skuThenQuantity.length; i += 2) {
      ObjectNode line = lines.addObject().put("sku", (String) skuThenQuantity[i]);
      line.set("quantity", MAPPER.valueToTree(skuThenQuantity[i + 1]));
    }
    return this;
  }

  /** Sets a field given by its dotted path, e.g. {@code customer.email}. */
  public OrderJson with(String path, Object value) {
    String[] names = path.split("\\.");
    ObjectNode parent = body;
    for (int i = 0; i < names.length - 1; i++) {
      parent = (ObjectNode) parent.get(names[i]);
    }
    parent.set(names[names.length - 1], MAPPER.valueToTree(value));
    return this;
  }

  /** Sets a field to raw JSON, for values Java cannot express as they must be written (1e3). */
  public OrderJson withRaw(String path, String json) throws Exception {
    return with(path, MAPPER.readTree(json));
  }

  public JsonNode node() {
    return body;
  }

  @Override
  public String toString() {
    return body.toString();
  }

  /**
   * An e-mail address no other test uses. Letters only: a UUID's digit groups can pass as a grouped
   * card number, and order-service refuses the order.
   */
  public static String uniqueEmail(String name) {
    String letters =
        UUID.randomUUID()
            .toString()
            .replace("-", "")
            .chars()
            .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
            .reduce("", String::concat);
    return name + "-" + letters + "@example.com";
  }
}
