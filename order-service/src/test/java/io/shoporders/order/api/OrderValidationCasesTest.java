package io.shoporders.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.order.support.OrderJson;
import io.shoporders.order.support.ShopDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refusal of POST /orders: a 422 problem naming the field, and nothing stored. */
@QuarkusTest
class OrderValidationCasesTest {

  private static final String CARD = "4111 1111 1111 1111";

  @Inject AgroalDataSource dataSource;

  private ShopDatabase database;

  @BeforeEach
  void catalogue() throws Exception {
    database = new ShopDatabase(dataSource);
    database.product("CASES-MUG", 1220, 2200, true);
    database.product("CASES-RETIRED", 990, 2200, false);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("unknown sku", "lines[0].sku", json -> json.lines("CASES-NONE", 1)),
        refusal("inactive sku", "lines[0].sku", json -> json.lines("CASES-RETIRED", 1)),
        refusal("zero quantity", "lines[0].quantity", json -> json.lines("CASES-MUG", 0)),
        refusal("negative quantity", "lines[0].quantity", json -> json.lines("CASES-MUG", -2)),
        refusal("fractional quantity", "lines[0].quantity", json -> json.lines("CASES-MUG", 1.5)),
        refusal("quantity as text", "lines[0].quantity", json -> json.lines("CASES-MUG", "2")),
        refusal(
            "quantity over the maximum", "lines[0].quantity", json -> json.lines("CASES-MUG", 100)),
        refusal(
            "quantity 1e3",
            "lines[0].quantity",
            json -> raw(json, "lines", "[{\"sku\":\"CASES-MUG\",\"quantity\":1e3}]")),
        refusal(
            "quantity overflowing",
            "lines[0].quantity",
            json ->
                raw(
                    json,
                    "lines",
                    "[{\"sku\":\"CASES-MUG\",\"quantity\":99999999999999999999999}]")),
        refusal(
            "merged quantity over the maximum",
            "lines[1].quantity",
            json -> json.lines("CASES-MUG", 60, "CASES-MUG", 60)),
        refusal("empty lines", "lines", json -> json.lines()),
        refusal("missing lines", "lines", json -> json.with("lines", null)),
        refusal(
            "bad email", "customer.email", json -> json.with("customer.email", "ada.example.com")),
        refusal("bad phone", "customer.phone", json -> json.with("customer.phone", "0039 333")),
        refusal(
            "bad country",
            "shippingAddress.country",
            json -> json.with("shippingAddress.country", "Italy")),
        refusal(
            "control character in the name",
            "customer.name",
            json -> json.with("customer.name", "Mario\u0000Rossi")),
        refusal(
            "unknown language",
            "customer.language",
            json -> json.with("customer.language", "klingon")),
        refusal(
            "name too long", "customer.name", json -> json.with("customer.name", "A".repeat(201))),
        refusal(
            "street too long",
            "shippingAddress.lines[0]",
            json -> json.with("shippingAddress.lines", List.of("V".repeat(101)))),
        refusal(
            "city too long",
            "shippingAddress.city",
            json -> json.with("shippingAddress.city", "M".repeat(101))),
        refusal(
            "unsupported payment type",
            "paymentMethod.type",
            json -> json.with("paymentMethod.type", "visa")),
        refusal(
            "card number as token",
            "paymentMethod.token",
            json -> json.with("paymentMethod.token", CARD)),
        refusal(
            "card number in a street",
            "shippingAddress.lines[0]",
            json -> json.with("shippingAddress.lines", List.of("Via " + CARD))),
        refusal(
            "card number in an extra field",
            "cardNumber",
            json -> json.with("cardNumber", 4242424242424242L)),
        refusal("customer of the wrong shape", "customer", json -> json.with("customer", "Ada")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusalIs422NamingTheFieldAndStoresNothing(
      String name, String field, UnaryOperator<OrderJson> change) throws Exception {
    String email = OrderIntakeTest.unique("refused");
    String body = change.apply(OrderJson.valid(email, "CASES-MUG")).toString();

    OrderIntakeTest.post(body)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("field", equalTo(field))
        .body("detail", not(containsString("4111")))
        .body("detail", not(containsString("4242")));

    assertThat(database.ordersOf(email)).isZero();
    assertThat(database.outboxRowsMentioning(email)).isZero();
  }

  @Test
  void clientPricesAreIgnored() {
    String body =
        OrderJson.valid(OrderIntakeTest.unique("prices"), "CASES-MUG")
            .with("grandTotal", 1)
            .toString();

    OrderIntakeTest.post(body).then().statusCode(202);
  }

  @Test
  void nonJsonBodyIs400() {
    given()
        .contentType("application/json")
        .body("not json")
        .post("/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static Arguments refusal(String name, String field, UnaryOperator<OrderJson> change) {
    return Arguments.of(name, field, change);
  }

  private static OrderJson raw(OrderJson json, String path, String raw) {
    try {
      return json.withRaw(path, raw);
    } catch (Exception unreadable) {
      throw new IllegalArgumentException(unreadable);
    }
  }
}
