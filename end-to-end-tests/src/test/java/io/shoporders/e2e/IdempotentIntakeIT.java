package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A storefront that retries a request with the same Idempotency-Key places one order. */
class IdempotentIntakeIT {

  @Test
  void theSameIdempotencyKeyTwiceMakesOneOrderOneChargeAndOneEmail() {
    // given
    String beans = Catalogue.product("Miscela arabica", 1590, 6);
    OrderRequest request = OrderRequest.byNewCustomer().line(beans, 1);
    String key = "checkout-" + Unique.letters();

    // when
    Response first = OrderApi.post(request, key);
    Response again = OrderApi.post(request, key);

    // then
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    String orderId = first.jsonPath().getString("orderId");
    assertThat(again.jsonPath().getString("orderId")).isEqualTo(orderId);
    assertThat(OrderApi.idsOrderedBy(request.email())).containsExactly(orderId);

    UUID id = UUID.fromString(orderId);
    assertThat(Saga.awaitFinalStatus(id)).isEqualTo("SHIPPED");
    assertThat(PaymentApi.approved(id, "AUTHORIZE")).hasSize(1);
    assertThat(PaymentApi.approved(id, "CAPTURE")).hasSize(1);
    Saga.awaitThat(() -> InventoryApi.stock(beans), new InventoryApi.Stock(5, 0, 5));

    String number = first.jsonPath().getString("orderNumber");
    Saga.awaitMails(request.email(), number + " has shipped", 1);
    assertThat(Mailbox.subjectsContaining(request.email(), "received order " + number)).hasSize(1);
    assertThat(NotificationApi.sentKinds(id)).containsOnlyOnce("ORDER_RECEIVED");
  }
}
