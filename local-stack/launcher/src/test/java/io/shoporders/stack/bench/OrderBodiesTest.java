package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderBodiesTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void numbersBecomeLettersOnly() {
    assertThat(OrderBodies.letters(0)).isEqualTo("a");
    assertThat(OrderBodies.letters(25)).isEqualTo("z");
    assertThat(OrderBodies.letters(26)).isEqualTo("ba");
    assertThat(OrderBodies.letters(123_456_789)).matches("[a-z]+");
  }

  @Test
  void ordersHaveOneToFiveLinesAndTheirOwnAddress() throws Exception {
    OrderBodies bodies = new OrderBodies("run");
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      JsonNode order = json.readTree(bodies.next(i).body());
      assertThat(order.path("lines").size()).isBetween(1, 5);
      emails.add(order.path("customer").path("email").asText());
    }
    assertThat(emails).hasSize(500).allMatch(email -> !email.matches(".*[0-9].*"));
  }

  @Test
  void declinesAndStockOutsComeInTheirSharesWithTheirMarkers() throws Exception {
    OrderBodies bodies = new OrderBodies("run");
    Map<OrderBodies.Outcome, Integer> counts = new EnumMap<>(OrderBodies.Outcome.class);
    for (int i = 0; i < 4000; i++) {
      OrderBodies.Order order = bodies.next(i);
      counts.merge(order.expected(), 1, Integer::sum);
      assertMarked(order);
    }
    assertThat(counts.get(OrderBodies.Outcome.DECLINED)).isBetween(120, 280);
    assertThat(counts.get(OrderBodies.Outcome.SOLD_OUT)).isBetween(120, 280);
  }

  private void assertMarked(OrderBodies.Order order) throws Exception {
    JsonNode body = json.readTree(order.body());
    boolean declined = body.path("paymentMethod").path("token").asText().contains("Declined");
    boolean soldOut = body.path("lines").findValuesAsText("sku").contains(Catalogue.SOLD_OUT);
    assertThat(declined).isEqualTo(order.expected() == OrderBodies.Outcome.DECLINED);
    assertThat(soldOut).isEqualTo(order.expected() == OrderBodies.Outcome.SOLD_OUT);
  }
}
