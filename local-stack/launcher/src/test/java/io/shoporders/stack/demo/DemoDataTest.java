package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.stack.demo.DemoData.DemoOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed sample data holds what the demo promises to show. */
class DemoDataTest {

  private static DemoData data;

  @BeforeAll
  static void load() throws IOException {
    data = DemoData.load(Path.of("../demo-data"), new ObjectMapper());
  }

  @Test
  void atLeastSixtyProductsWithStockAndTwoDropshipSuppliers() {
    Set<String> suppliers = new HashSet<>();
    data.catalogue().forEach(product -> suppliers.add(product.path("supplier").asText()));
    suppliers.remove("");

    assertThat(data.catalogue().size()).isGreaterThanOrEqualTo(60);
    assertThat(data.stock()).hasSize(data.catalogue().size());
    assertThat(suppliers).hasSize(2);
  }

  @Test
  void atLeastThreeHundredOrdersOfCataloguedSkusWithCancellationsAndDeclines() {
    Set<String> skus = data.stock().keySet();
    List<DemoOrder> orders = data.orders();

    assertThat(orders).hasSizeGreaterThanOrEqualTo(300);
    assertThat(orders).filteredOn(DemoOrder::cancel).isNotEmpty();
    assertThat(orders.stream().map(o -> token(o.request()))).anyMatch(t -> t.contains("Declined"));
    for (DemoOrder order : orders) {
      order.request().path("lines").forEach(line -> assertThat(skus).contains(sku(line)));
    }
  }

  @Test
  void someSkusAreOrderedMoreOftenThanTheyAreInStock() {
    List<String> scarce = data.scarceSkus();

    assertThat(scarce).isNotEmpty();
    assertThat(scarce).anyMatch(sku -> data.stock().get(sku) < 10);
  }

  private static String token(JsonNode request) {
    return request.path("paymentMethod").path("token").asText();
  }

  private static String sku(JsonNode line) {
    return line.path("sku").asText();
  }
}
