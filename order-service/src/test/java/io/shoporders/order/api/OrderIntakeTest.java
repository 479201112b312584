package io.shoporders.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.order.support.OrderJson;
import io.shoporders.order.support.ShopDatabase;
import io.shoporders.order.support.TopicReader;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderIntakeTest {

  @Inject AgroalDataSource dataSource;
  @Inject IntakeAdmission admission;

  @TestHTTPResource("/orders")
  URI orders;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private ShopDatabase database;
  private final EventCodec codec = new EventCodec();

  @BeforeEach
  void catalogue() throws Exception {
    database = new ShopDatabase(dataSource);
    database.product("INTAKE-MUG", 1220, 2200, true);
    database.product("INTAKE-BOOK", 1040, 400, true);
  }

  @Test
  void placedOrderAnswers202WithIdNumberStatusAndLocation() {
    String email = unique("placed");

    Response response = post(OrderJson.valid(email, "INTAKE-MUG").toString());

    response
        .then()
        .statusCode(202)
        .body("status", equalTo("PLACED"))
        .body("orderNumber", matchesPattern("SO-\\d{4}-\\d{6}"))
        .header("Location", matchesPattern(".*/orders/" + response.path("orderId") + "$"));
  }

  @Test
  void orderAndItsOrderPlacedOutboxRowArePricedFromTheCatalogue() throws Exception {
    String body =
        OrderJson.valid(unique("priced"), "INTAKE-MUG")
            .lines("INTAKE-MUG", 2, "INTAKE-BOOK", 1)
            .with("unitPrice", 1)
            .toString();

    UUID orderId = UUID.fromString(post(body).then().statusCode(202).extract().path("orderId"));

    List<String> rows = database.outbox(orderId, "OrderPlaced");
    assertThat(rows).hasSize(1);
    OrderPlaced placed = codec.decode(rows.get(0), OrderPlaced.class).payload();
    assertThat(placed.itemsTotal()).isEqualTo(Money.ofMinor(3480, "EUR"));
    assertThat(placed.shippingCost()).isEqualTo(Money.ofMinor(590, "EUR"));
    assertThat(placed.vatTotal()).isEqualTo(Money.ofMinor(440 + 40 + 106, "EUR"));
    assertThat(placed.grandTotal()).isEqualTo(Money.ofMinor(4070, "EUR"));
    assertThat(database.status(orderId)).isEqualTo("PLACED");
  }

  @Test
  void outboxEnvelopeIsKeyedByTheOrderAndStartsItsTimeline() throws Exception {
    UUID orderId = placed(unique("timeline"));

    EventEnvelope<OrderPlaced> placed =
        codec.decode(database.outbox(orderId, "OrderPlaced").get(0), OrderPlaced.class);

    assertThat(placed.orderId()).isEqualTo(orderId);
    assertThat(placed.eventId()).isEqualTo(database.placedEventId(orderId));
    given()
        .get("/orders/{id}/timeline", orderId)
        .then()
        .statusCode(200)
        .body("[0].type", equalTo("OrderPlaced"))
        .body("[0].origin", equalTo("order-service"));
  }

  @Test
  void placedOrderReachesTheOrderPlacedTopicThroughTheRelay() throws Exception {
    try (TopicReader topic = new TopicReader(bootstrapServers, "OrderPlaced")) {
      UUID orderId = placed(unique("relayed"));

      ConsumerRecord<String, String> record = topic.awaitKey(orderId.toString());

      assertThat(record.value()).isEqualTo(database.outbox(orderId, "OrderPlaced").get(0));
      assertThat(codec.decode(record.value(), OrderPlaced.class).orderId()).isEqualTo(orderId);
    }
  }

  @Test
  void sameSkuTwiceIsMergedIntoOneLine() throws Exception {
    String body =
        OrderJson.valid(unique("merged"), "INTAKE-MUG")
            .lines("INTAKE-MUG", 2, "INTAKE-MUG", 3)
            .toString();

    UUID orderId = UUID.fromString(post(body).then().statusCode(202).extract().path("orderId"));

    OrderPlaced placed =
        codec.decode(database.outbox(orderId, "OrderPlaced").get(0), OrderPlaced.class).payload();
    assertThat(placed.lines()).hasSize(1);
    assertThat(placed.lines().get(0).quantity()).isEqualTo(5);
  }

  @Test
  void malformedJsonIs400AndStoresNothing() {
    given()
        .contentType("application/json")
        .body("{\"customer\": {\"name\": \"Ada\"")
        .post("/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:malformed-request"));
    assertThat(admission.inFlight()).as("a refused request gives its place back").isZero();
  }

  @Test
  void intakeWhoseTransactionFailsLeavesNoOrderAndNoOutboxRow() throws Exception {
    String email = unique("rolled-back");
    database.update(
        "CREATE OR REPLACE FUNCTION test_refuse_outbox() RETURNS trigger AS $$ BEGIN"
            + " IF NEW.payload LIKE '%refused-by-test%' THEN RAISE EXCEPTION 'refused by test';"
            + " END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
    database.update(
        "CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON outbox_event"
            + " FOR EACH ROW EXECUTE FUNCTION test_refuse_outbox()");
    try {
      Response response =
          post(
              OrderJson.valid(email, "INTAKE-MUG")
                  .with("customer.name", "refused-by-test")
                  .toString());

      response.then().statusCode(500).contentType("application/problem+json");
    } finally {
      database.update("DROP TRIGGER test_refuse_outbox ON outbox_event");
    }
    assertThat(database.ordersOf(email)).isZero();
    assertThat(database.outboxRowsMentioning(email)).isZero();
    assertThat(admission.inFlight()).as("a failed intake gives its place back").isZero();
  }

  @Test
  void orderBeyondTheAdmissionLimitIs503WithRetryAfterAndStoresNothing() throws Exception {
    String email = unique("busy");
    int taken = 0;
    while (admission.tryEnter()) {
      taken++;
    }
    try {
      post(OrderJson.valid(email, "INTAKE-MUG").toString())
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "1")
          .body("type", equalTo("urn:shop-orders:problem:intake-busy"));
    } finally {
      for (int i = 0; i < taken; i++) {
        admission.leave();
      }
    }
    assertThat(taken).as("orders.intake.max-in-flight").isEqualTo(40);
    assertThat(database.ordersOf(email)).isZero();
    assertThat(database.outboxRowsMentioning(email)).isZero();

    placed(email);
    assertThat(database.ordersOf(email)).isOne();
    assertThat(admission.inFlight()).as("a placed order gives its place back").isZero();
  }

  @Test
  void asManyOrdersAtOnceAsAdmittedAreAllPlacedThoughThePoolHasHalfAsManyConnections()
      throws Exception {
    String email = unique("burst");
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(orders)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      OrderJson.valid(email, "INTAKE-MUG").toString()))
              .build();
      answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    assertThat(answers).allMatch(answer -> answer.join().statusCode() == 202);
    assertThat(database.ordersOf(email)).isEqualTo(40);
  }

  private UUID placed(String email) {
    return UUID.fromString(
        post(OrderJson.valid(email, "INTAKE-MUG").toString())
            .then()
            .statusCode(202)
            .extract()
            .path("orderId"));
  }

  static Response post(String body) {
    return given().contentType("application/json").body(body).post("/orders");
  }

  static String unique(String name) {
    return OrderJson.uniqueEmail(name);
  }
}
