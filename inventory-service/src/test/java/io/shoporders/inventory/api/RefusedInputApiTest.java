package io.shoporders.inventory.api;

import static io.restassured.RestAssured.given;
import static io.shoporders.inventory.testing.ProductJson.product;
import static io.shoporders.inventory.testing.ProductJson.withRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.shoporders.inventory.domain.CatalogueCsv;
import io.shoporders.inventory.testing.InventoryDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests the API refuses before anything is stored: a number that is not a JSON integer, a value
 * of the wrong type, a body that is not JSON, a path that names nothing. Each answer is a problem
 * document naming the field, and the database is left as it was.
 */
@QuarkusTest
class RefusedInputApiTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String UNREADABLE = "urn:shop-orders:problem:unreadable-body";

  @Inject AgroalDataSource dataSource;

  private InventoryDatabase db;

  @BeforeEach
  void connect() {
    db = new InventoryDatabase(dataSource);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unitPriceMinor     | 1.5",
        "unitPriceMinor     | 29.90",
        "unitPriceMinor     | '\"100\"'",
        "unitPriceMinor     | true",
        "unitPriceMinor     | 1e20",
        "unitPriceMinor     | 99999999999999999999",
        "vatRateBasisPoints | 2200.5",
        "vatRateBasisPoints | '\"2200\"'",
        "weightGrams        | 350.0",
        "lengthMm           | 1e3",
        "widthMm            | false",
        "heightMm           | 3000000000",
        "active             | '\"yes\"'",
        "active             | '\"true\"'",
        "active             | 1",
        "name               | 42",
        "currency           | 978",
      })
  void productWithAValueOfTheWrongTypeIsRefusedAndNotStored(String field, String raw) {
    String sku = InventoryDatabase.newSku("TYPE");

    String body = withRaw(product(sku, "Cup", "WAREHOUSE", null), field, raw).toString();

    problem(putProduct(sku, body), 400)
        .body("type", equalTo(UNREADABLE))
        .body("errors.field", equalTo(List.of(field)))
        .body("detail", startsWith(field + " must be "))
        .body("detail", not(containsString(raw)))
        .body(not(containsString("com.fasterxml")));

    assertNoProduct(sku);
  }

  @Test
  void priceWithAFractionLeavesAnExistingProductAsItWas() {
    String sku = InventoryDatabase.newSku("PRICE");
    Map<String, Object> product = product(sku, "Cup", "WAREHOUSE", null);
    putProduct(sku, withRaw(product, "name", "\"Cup\"").toString()).statusCode(201);

    putProduct(sku, withRaw(product, "unitPriceMinor", "29.90").toString())
        .statusCode(400)
        .body("errors[0].field", equalTo("unitPriceMinor"));

    given().get("/products/" + sku).then().body("unitPriceMinor", equalTo(1250));
    assertThat(db.payloads(sku, "ProductChanged")).hasSize(1);
  }

  @Test
  void jsonImportWithAPriceInEurosImportsNothingAndNamesTheRowsField() {
    String cup = InventoryDatabase.newSku("CUP");
    String beans = InventoryDatabase.newSku("BEANS");
    String file =
        "["
            + withRaw(product(cup, "Cup", "WAREHOUSE", null), "name", "\"Cup\"")
            + ","
            + withRaw(product(beans, "Beans", "WAREHOUSE", null), "unitPriceMinor", "29.90")
            + "]";

    problem(importJson(file), 400)
        .body("type", equalTo(UNREADABLE))
        .body("errors.field", equalTo(List.of("[1].unitPriceMinor")));

    assertNoProduct(cup);
    assertNoProduct(beans);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"not JSON at all", "'{\"sku\": \"A\"}'", "'[{\"sku\": \"A\"'", "'[] []'"})
  void importBodyThatIsNotAJsonArrayOfProductsIsRefused(String body) {
    problem(importJson(body), 400)
        .body("type", equalTo(UNREADABLE))
        .body("errors.field", equalTo(List.of("body")));
  }

  @Test
  void productBodyThatIsNotJsonIsRefused() {
    String sku = InventoryDatabase.newSku("BROKEN");

    problem(putProduct(sku, "{\"sku\": \"" + sku + "\", \"name\": "), 400)
        .body("errors.field", equalTo(List.of("body")));

    assertNoProduct(sku);
  }

  @Test
  void csvImportWithAPriceInEurosNamesTheColumnWithoutTheParsersMessage() {
    String sku = InventoryDatabase.newSku("CSV");
    String csv =
        String.join(",", CatalogueCsv.COLUMNS)
            + "\n"
            + sku
            + ",Beans,29.90,EUR,2200,10,1,1,1,true,WAREHOUSE,\n";

    given()
        .contentType("text/csv")
        .body(csv)
        .post("/products/import")
        .then()
        .statusCode(422)
        .body("rejected[0].errors.field", equalTo(List.of("unitPriceMinor")))
        .body("rejected[0].errors[0].message", not(containsString("29.90")))
        .body("rejected[0].errors[0].message", not(containsString("input string")));

    assertNoProduct(sku);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "onHand      | 1.5",
        "onHand      | '\"abc\"'",
        "onHand      | '\"8\"'",
        "onHand      | true",
        "onHand      | 1e20",
        "onHand      | 100000000000000000000",
        "safetyStock | 2.5",
      })
  void stockCountThatIsNotAnIntegerIsRefusedAndNotStored(String field, String raw) {
    String sku = stocked("COUNT");
    Map<String, Object> count = Map.of("onHand", 8, "safetyStock", 1, "reason", "count");

    problem(setStock(sku, withRaw(count, field, raw).toString()), 400)
        .body("type", equalTo(UNREADABLE))
        .body("errors.field", equalTo(List.of(field)))
        .body("detail", not(containsString(raw)));

    assertStockUntouched(sku);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"'\"x\"'", "1.5", "1e20", "-2147483649", "false"})
  void adjustmentThatIsNotAnIntegerIsRefusedAndNotStored(String raw) {
    String sku = stocked("ADJUST");

    problem(adjust(sku, withRaw(Map.of("reason", "delivery"), "delta", raw).toString()), 400)
        .body("type", equalTo(UNREADABLE))
        .body("errors.field", equalTo(List.of("delta")))
        .body("detail", not(containsString(raw)));

    assertStockUntouched(sku);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"onHand", "safetyStock"})
  void negativeCountIsInvalidInputNotAStockRule(String field) {
    String sku = stocked("NEGATIVE");
    Map<String, Object> count = Map.of("onHand", 8, "safetyStock", 1, "reason", "count");

    problem(setStock(sku, withRaw(count, field, "-1").toString()), 400)
        .body("type", equalTo("urn:shop-orders:problem:invalid-request"))
        .body("errors.field", equalTo(List.of(field)));

    assertStockUntouched(sku);
  }

  @Test
  void adjustmentPastTheLargestCountIsRefusedAsAStockRule() {
    String sku = stocked("HUGE");

    problem(adjust(sku, "{\"delta\": 2147483647, \"reason\": \"delivery\"}"), 409)
        .body("errors.field", equalTo(List.of("delta")));

    assertStockUntouched(sku);
  }

  @Test
  void stockBodyThatIsNotJsonIsRefused() {
    String sku = stocked("GARBLED");

    problem(setStock(sku, "{\"onHand\": 8, "), 400).body("errors.field", equalTo(List.of("body")));

    assertStockUntouched(sku);
  }

  @Test
  void retryOfAHandoffIdThatIsNotAUuidIsAProblem() {
    given()
        .post("/handoffs/not-a-uuid/retry")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:shop-orders:problem:not-found"))
        .body("errors.field", equalTo(List.of("path")));
  }

  @Test
  void unknownPathIsAProblem() {
    given()
        .accept(ContentType.JSON)
        .get("/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:shop-orders:problem:not-found"));
  }

  @Test
  void methodThePathDoesNotTakeIsAProblem() {
    given()
        .delete("/products/" + InventoryDatabase.newSku("ANY"))
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:shop-orders:problem:method-not-allowed"))
        .body("errors.field", equalTo(List.of("method")));
  }

  /** A sku of 5 units on hand, from the warehouse. */
  private String stocked(String prefix) {
    String sku = InventoryDatabase.newSku(prefix);
    db.stock(sku, 5, 0, null);
    return sku;
  }

  /** The 5 units of {@link #stocked}, and no adjustment recorded. */
  private void assertStockUntouched(String sku) {
    assertThat(db.level(sku)).isEqualTo(new InventoryDatabase.Level(5, 0, 0));
    assertThat(db.count("SELECT count(*) FROM stock_adjustment WHERE sku = ?", sku)).isZero();
  }

  /** No such product, and no ProductChanged for it in the outbox. */
  private void assertNoProduct(String sku) {
    given().get("/products/" + sku).then().statusCode(404);
    assertThat(db.payloads(sku, "ProductChanged")).isEmpty();
  }

  /** The response, checked to be a problem document with this status. */
  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType(PROBLEM);
  }

  private static ValidatableResponse putProduct(String sku, String json) {
    return given().contentType(ContentType.JSON).body(json).put("/products/" + sku).then();
  }

  private static ValidatableResponse importJson(String json) {
    return given().contentType(ContentType.JSON).body(json).post("/products/import").then();
  }

  private static ValidatableResponse setStock(String sku, String json) {
    return given().contentType(ContentType.JSON).body(json).put("/stock/" + sku).then();
  }

  private static ValidatableResponse adjust(String sku, String json) {
    return given()
        .contentType(ContentType.JSON)
        .body(json)
        .post("/stock/" + sku + "/adjustments")
        .then();
  }
}
