package io.shoporders.inventory.api;

import static io.restassured.RestAssured.given;
import static io.shoporders.inventory.testing.ProductJson.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.inventory.testing.InventoryDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operators' API: products one by one and by file, stock, reservations waiting too long. */
@QuarkusTest
class CatalogueAndStockApiTest {

  private static final EventCodec CODEC = new EventCodec();

  @Inject AgroalDataSource dataSource;

  private InventoryDatabase db;

  @BeforeEach
  void connect() {
    db = new InventoryDatabase(dataSource);
  }

  @Test
  void creatingAndUpdatingAProductEmitsProductChangedEachTime() {
    String sku = InventoryDatabase.newSku("CUP");

    put(sku, product(sku, "Espresso cup", "DROPSHIP", "Ceramiche Verdi")).statusCode(201);
    put(sku, product(sku, "Espresso cup, white", "WAREHOUSE", null)).statusCode(200);

    List<String> changes = db.payloads(sku, "ProductChanged");
    assertThat(changes).hasSize(2);
    ProductChanged latest = CODEC.decode(changes.get(1), ProductChanged.class).payload();
    assertThat(latest.name()).isEqualTo("Espresso cup, white");
    assertThat(latest.shipsFrom()).isEqualTo(ShipsFrom.warehouse());
    given().get("/products/" + sku).then().statusCode(200).body("lengthMm", equalTo(80));
    given().get("/stock/" + sku).then().statusCode(200).body("onHand", equalTo(0));
  }

  @Test
  void invalidProductIsRefusedWithAProblemNamingEachField() {
    String sku = InventoryDatabase.newSku("CUP");
    Map<String, Object> body = new java.util.HashMap<>(product(sku, " ", "WAREHOUSE", null));
    body.put("currency", "EURO");

    put(sku, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("name", "currency")))
        .body(not(containsString("EURO")))
        .body("type", equalTo("urn:shop-orders:problem:invalid-request"))
        .body("title", equalTo("The request is invalid"));
    assertThat(db.payloads(sku, "ProductChanged")).isEmpty();
  }

  @Test
  void csvCatalogueIsImportedWhole() {
    String cups = InventoryDatabase.newSku("CUPS");
    String beans = InventoryDatabase.newSku("BEANS");
    String csv =
        "sku,name,unitPriceMinor,currency,vatRateBasisPoints,weightGrams,lengthMm,widthMm,"
            + "heightMm,active,shipsFrom,supplier\n"
            + cups
            + ",\"Espresso cups, set of 2\",1250,EUR,2200,350,120,80,60,true,WAREHOUSE,\n"
            + beans
            + ",Arabica beans 1 kg,2490,EUR,1000,1050,200,100,50,true,DROPSHIP,"
            + "\"Torrefazione \"\"Rossi\"\"\"\n";

    given()
        .contentType("text/csv")
        .body(csv)
        .post("/products/import")
        .then()
        .statusCode(200)
        .body("imported", equalTo(true))
        .body("saved", equalTo(2));

    given().get("/products/" + cups).then().body("name", equalTo("Espresso cups, set of 2"));
    given().get("/products/" + beans).then().body("supplier", equalTo("Torrefazione \"Rossi\""));
    assertThat(db.payloads(beans, "ProductChanged")).hasSize(1);
  }

  @Test
  void csvWithABadRowImportsNothingAndReportsTheRow() {
    String good = InventoryDatabase.newSku("GOOD");
    String bad = InventoryDatabase.newSku("BAD");
    String csv =
        "sku,name,unitPriceMinor,currency,vatRateBasisPoints,weightGrams,lengthMm,widthMm,"
            + "heightMm,active,shipsFrom,supplier\n"
            + good
            + ",Good product,100,EUR,2200,10,1,1,1,true,WAREHOUSE,\n"
            + bad
            + ",Bad product,100,EUR,2200,10,1,1,1,true,DROPSHIP,\n"
            + "ONLY-THREE,fields,here\n";

    given()
        .contentType("text/csv")
        .body(csv)
        .post("/products/import")
        .then()
        .statusCode(422)
        .body("imported", equalTo(false))
        .body("rejected.row", equalTo(List.of(2, 3)))
        .body("rejected[0].errors[0].field", equalTo("supplier"))
        .body("rejected[1].errors[0].field", equalTo("row"));

    given().get("/products/" + good).then().statusCode(404).contentType("application/problem+json");
    assertThat(db.payloads(good, "ProductChanged")).isEmpty();
  }

  @Test
  void jsonCatalogueWithADuplicateSkuImportsNothing() {
    String sku = InventoryDatabase.newSku("DUP");
    List<Map<String, Object>> file =
        List.of(product(sku, "First", "WAREHOUSE", null), product(sku, "Again", "WAREHOUSE", null));

    given()
        .contentType(ContentType.JSON)
        .body(file)
        .post("/products/import")
        .then()
        .statusCode(422)
        .body("rejected[0].row", equalTo(2))
        .body("rejected[0].errors[0].field", equalTo("sku"));
    given().get("/products/" + sku).then().statusCode(404);
  }

  @Test
  void stockIsSetAdjustedWithAReasonAndNeverBelowWhatIsReserved() {
    String sku = InventoryDatabase.newSku("SHELF");
    db.stock(sku, 0, 0, null);

    stockChange(sku, Map.of("onHand", 8, "safetyStock", 2, "reason", "count"))
        .statusCode(200)
        .body("available", equalTo(6));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("delta", -3, "reason", "broken"))
        .post("/stock/" + sku + "/adjustments")
        .then()
        .statusCode(200)
        .body("onHand", equalTo(5))
        .body("available", equalTo(3));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("delta", -6, "reason", "lost"))
        .post("/stock/" + sku + "/adjustments")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("onHand"));
    stockChange(sku, Map.of("onHand", 4))
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));

    assertThat(db.count("SELECT count(*) FROM stock_adjustment WHERE sku = ?", sku)).isEqualTo(2);
    given().get("/stock/low").then().statusCode(200).body("sku", hasItem(sku));
  }

  @Test
  void reservationHeldTooLongIsListedAsStale() {
    String sku = InventoryDatabase.newSku("OLD");
    db.stock(sku, 5, 0, null);
    UUID stale = held(sku, "now() - interval '1 hour'");
    UUID fresh = held(sku, "now() + interval '1 hour'");

    given()
        .get("/reservations?stale=true")
        .then()
        .statusCode(200)
        .body("orderId", hasItem(stale.toString()))
        .body("orderId", not(hasItem(fresh.toString())));
  }

  private UUID held(String sku, String createdAt) {
    UUID orderId = UUID.randomUUID();
    db.execute("INSERT INTO order_record (order_id, updated_at) VALUES (?, now())", orderId);
    db.execute(
        "INSERT INTO reservation (order_id, status, cause_event_id, created_at)"
            + " VALUES (?, 'HELD', ?, "
            + createdAt
            + ")",
        orderId,
        UUID.randomUUID());
    db.execute(
        "INSERT INTO reservation_line (order_id, sku, quantity) VALUES (?, ?, 1)", orderId, sku);
    return orderId;
  }

  private static io.restassured.response.ValidatableResponse put(String sku, Object body) {
    return given().contentType(ContentType.JSON).body(body).put("/products/" + sku).then();
  }

  private static io.restassured.response.ValidatableResponse stockChange(String sku, Object body) {
    return given().contentType(ContentType.JSON).body(body).put("/stock/" + sku).then();
  }
}
