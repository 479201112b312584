package io.shoporders.stack.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample data under local-stack/demo-data: the catalogue in inventory-service's import format,
 * the units on hand each run starts from, and the orders with the ones the customer cancels.
 */
record DemoData(JsonNode catalogue, Map<String, Integer> stock, List<DemoOrder> orders) {

  /** One order of the file: a reference, whether the customer cancels it, the POST body. */
  record DemoOrder(String ref, boolean cancel, JsonNode request) {}

  static DemoData load(Path folder, ObjectMapper json) throws IOException {
    return new DemoData(
        json.readTree(folder.resolve("catalogue.json").toFile()),
        json.readValue(folder.resolve("stock.json").toFile(), new TypeReference<>() {}),
        json.readValue(folder.resolve("orders.json").toFile(), new TypeReference<>() {}));
  }

  /**
   * The skus the orders ask for more units of than there are on hand: the ones expected to run out,
   * whose stock the summary shows before and after.
   */
  List<String> scarceSkus() {
    Map<String, Integer> wanted = new HashMap<>();
    for (DemoOrder order : orders) {
      for (JsonNode line : order.request().path("lines")) {
        wanted.merge(line.path("sku").asText(), line.path("quantity").asInt(), Integer::sum);
      }
    }
    Map<String, Integer> scarce = new LinkedHashMap<>(stock);
    scarce.entrySet().removeIf(entry -> wanted.getOrDefault(entry.getKey(), 0) <= entry.getValue());
    return List.copyOf(scarce.keySet());
  }
}
