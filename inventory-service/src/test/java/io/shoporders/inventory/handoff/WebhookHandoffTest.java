package io.shoporders.inventory.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.shoporders.inventory.testing.SagaEvents.authorized;
import static io.shoporders.inventory.testing.SagaEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.inventory.testing.InventoryDatabase;
import io.shoporders.inventory.testing.SagaEvents;
import io.shoporders.inventory.testing.WebhookServer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Hand-offs to webhooks on a local WireMock server: signed, retried, visible when they fail. */
@QuarkusTest
@QuarkusTestResource(WebhookServer.class)
class WebhookHandoffTest {

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void warehouseLinesReachTheWebhookWithAValidSignature() throws Exception {
    InventoryDatabase db = new InventoryDatabase(dataSource);
    String sku = InventoryDatabase.newSku("PICK");
    db.stock(sku, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = placed(sku, 2);

    send(placed);

    LoggedRequest request = awaitRequest(WebhookServer.WAREHOUSE_PATH, placed);
    String body = request.getBodyAsString();
    String timestamp = request.getHeader("X-Shop-Timestamp");
    assertThat(request.getHeader("X-Shop-Signature"))
        .isEqualTo("sha256=" + hmac(WebhookServer.WAREHOUSE_SECRET, timestamp + "." + body));
    assertThat(JsonPath.from(body).getInt("lines[0].quantity")).isEqualTo(2);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                db.count(
                        "SELECT count(*) FROM handoff WHERE order_id = ? AND status = 'DELIVERED'",
                        placed.orderId())
                    == 1);
  }

  @Test
  void failingSupplierIsRetriedThenListedAsFailedAndCanBeRetried() {
    InventoryDatabase db = new InventoryDatabase(dataSource);
    String sku = InventoryDatabase.newSku("DROP");
    db.stock(sku, 5, 0, WebhookServer.FAILING_SUPPLIER);
    EventEnvelope<OrderPlaced> placed = placed(sku, 1);

    send(placed);

    Map<String, Object> failed = awaitFailedHandoff(placed);
    assertThat(failed.get("destination")).isEqualTo(WebhookServer.FAILING_SUPPLIER);
    assertThat((List<?>) failed.get("log"))
        .hasSize(3)
        .allSatisfy(attempt -> assertThat(((Map<?, ?>) attempt).get("statusCode")).isEqualTo(503));

    WebhookServer.server()
        .stubFor(
            post(urlEqualTo(WebhookServer.FAILING_PATH))
                .withRequestBody(containing(placed.orderId().toString()))
                .willReturn(aResponse().withStatus(200)));
    given().post("/handoffs/" + failed.get("id") + "/retry").then().statusCode(202);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                db.count(
                        "SELECT count(*) FROM handoff WHERE order_id = ? AND status = 'DELIVERED'",
                        placed.orderId())
                    == 1);
  }

  private void send(EventEnvelope<OrderPlaced> placed) {
    try (SagaEvents events = new SagaEvents(bootstrapServers)) {
      events.send(placed, authorized(placed));
    }
  }

  private static LoggedRequest awaitRequest(String path, EventEnvelope<OrderPlaced> placed) {
    String orderId = placed.orderId().toString();
    await().atMost(Duration.ofSeconds(30)).until(() -> !requests(path, orderId).isEmpty());
    return requests(path, orderId).get(0);
  }

  private static List<LoggedRequest> requests(String path, String orderId) {
    return WebhookServer.server()
        .findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(containing(orderId)));
  }

  private static Map<String, Object> awaitFailedHandoff(EventEnvelope<OrderPlaced> placed) {
    String orderId = placed.orderId().toString();
    await().atMost(Duration.ofSeconds(30)).until(() -> failedOf(orderId) != null);
    return failedOf(orderId);
  }

  private static Map<String, Object> failedOf(String orderId) {
    List<Map<String, Object>> failed =
        given()
            .get("/handoffs?status=failed")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.orderId == '" + orderId + "' }");
    return failed.isEmpty() ? null : failed.get(0);
  }

  private static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
