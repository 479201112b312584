package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OrderPosterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCancellationThatCancelledTheOrderIsAccepted() throws Exception {
    JsonNode body =
        JSON.readTree(
            "{\"status\":\"CANCELLED\",\"cancellation\":{\"reason\":\"CUSTOMER_REQUEST\"}}");

    assertThat(OrderPoster.answerTo(200, body)).isEqualTo("accepted");
  }

  @Test
  void aCancellationOfAnOrderTheSagaHadCancelledIsNotCountedAsAccepted() throws Exception {
    JsonNode body =
        JSON.readTree("{\"status\":\"CANCELLED\",\"cancellation\":{\"reason\":\"OUT_OF_STOCK\"}}");

    assertThat(OrderPoster.answerTo(200, body)).isEqualTo("already cancelled, out of stock");
  }

  @Test
  void aCancellationOfAShippedOrderIsRefused() {
    assertThat(OrderPoster.answerTo(409, JSON.missingNode())).isEqualTo("refused, already shipped");
    assertThat(OrderPoster.answerTo(500, JSON.missingNode())).isEqualTo("answered 500");
  }
}
