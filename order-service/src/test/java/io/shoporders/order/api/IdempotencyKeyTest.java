package io.shoporders.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.shoporders.order.support.OrderJson;
import io.shoporders.order.support.ShopDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyTest {

  @Inject AgroalDataSource dataSource;

  private ShopDatabase database;

  @BeforeEach
  void catalogue() throws Exception {
    database = new ShopDatabase(dataSource);
    database.product("IDEM-MUG", 1220, 2200, true);
  }

  @Test
  void sameKeyAndBodyReturnsTheFirstResponseAndCreatesNothingMore() throws Exception {
    String email = OrderIntakeTest.unique("repeat");
    String body = OrderJson.valid(email, "IDEM-MUG").toString();
    String key = UUID.randomUUID().toString();

    Response first = post(key, body);
    Response second = post(key, body);

    first.then().statusCode(202);
    second.then().statusCode(202).header("Location", first.header("Location"));
    assertThat(second.asString()).isEqualTo(first.asString());
    assertThat(database.ordersOf(email)).isEqualTo(1);
    assertThat(database.outboxRowsMentioning(email)).isEqualTo(1);
  }

  @Test
  void sameKeyWithAnotherBodyIs422() throws Exception {
    String email = OrderIntakeTest.unique("other-body");
    String key = UUID.randomUUID().toString();
    post(key, OrderJson.valid(email, "IDEM-MUG").toString()).then().statusCode(202);

    Response reused = post(key, OrderJson.valid(email, "IDEM-MUG").lines("IDEM-MUG", 2).toString());

    reused
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("field", equalTo("Idempotency-Key"));
    assertThat(database.ordersOf(email)).isEqualTo(1);
  }

  @Test
  void twoRacingRequestsWithOneKeyCreateOneOrder() throws Exception {
    String email = OrderIntakeTest.unique("race");
    String body = OrderJson.valid(email, "IDEM-MUG").toString();
    String key = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);
    Callable<Response> request =
        () -> {
          start.await();
          return post(key, body);
        };

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Response>> racing = List.of(pool.submit(request), pool.submit(request));
      start.countDown();

      String firstId = racing.get(0).get().then().statusCode(202).extract().path("orderId");
      String secondId = racing.get(1).get().then().statusCode(202).extract().path("orderId");
      assertThat(secondId).isEqualTo(firstId);
    } finally {
      pool.shutdown();
    }
    assertThat(database.ordersOf(email)).isEqualTo(1);
    assertThat(database.outboxRowsMentioning(email)).isEqualTo(1);
  }

  @Test
  void refusedRequestDoesNotUseUpItsKey() throws Exception {
    String email = OrderIntakeTest.unique("retry-after-fix");
    String key = UUID.randomUUID().toString();

    post(key, OrderJson.valid(email, "IDEM-NONE").toString()).then().statusCode(422);
    post(key, OrderJson.valid(email, "IDEM-MUG").toString()).then().statusCode(202);

    assertThat(database.ordersOf(email)).isEqualTo(1);
  }

  private static Response post(String key, String body) {
    return given()
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body)
        .post("/orders");
  }
}
