package io.shoporders.inventory.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** Product bodies for the API tests: a valid product, and one with a field's raw JSON swapped. */
public final class ProductJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProductJson() {}

  /** A valid product: 12.50 EUR, 22% VAT, from the warehouse unless a supplier is given. */
  public static Map<String, Object> product(
      String sku, String name, String shipsFrom, String supplier) {
    Map<String, Object> product = new HashMap<>();
    product.put("sku", sku);
    product.put("name", name);
    product.put("unitPriceMinor", 1250);
    product.put("currency", "EUR");
    product.put("vatRateBasisPoints", 2200);
    product.put("weightGrams", 350);
    product.put("lengthMm", 80);
    product.put("widthMm", 80);
    product.put("heightMm", 90);
    product.put("active", true);
    product.put("shipsFrom", shipsFrom);
    product.put("supplier", supplier);
    return product;
  }

  /** The object as JSON, with {@code field} set to the JSON text {@code raw}, e.g. 1e20. */
  public static ObjectNode withRaw(Map<String, Object> object, String field, String raw) {
    ObjectNode node = JSON.valueToTree(object);
    try {
      node.set(field, JSON.readTree(raw));
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException("not a JSON value: " + raw, notJson);
    }
    return node;
  }
}
