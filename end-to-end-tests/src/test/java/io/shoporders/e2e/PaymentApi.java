package io.shoporders.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** payment-service's operator view of an order's payment and its gateway history. */
final class PaymentApi {

  /** One call to the gateway: AUTHORIZE, CAPTURE, VOID or REFUND, and how it went. */
  record Step(String operation, String outcome, long amountMinor, String code) {

    boolean approved(String operation) {
      return this.operation.equals(operation) && outcome.equals("APPROVED");
    }
  }

  private PaymentApi() {}

  /** The payment, or null when payment-service never created one for the order. */
  static JsonPath payment(UUID orderId) {
    var response = given().baseUri(RunningService.PAYMENT.url()).get("/payments/{id}", orderId);
    if (response.statusCode() == 404) {
      return null;
    }
    return response.then().statusCode(200).extract().jsonPath();
  }

  static String status(UUID orderId) {
    JsonPath payment = payment(orderId);
    return payment == null ? "NONE" : payment.getString("status");
  }

  static List<Step> history(UUID orderId) {
    JsonPath payment = payment(orderId);
    if (payment == null) {
      return List.of();
    }
    List<Map<String, Object>> steps = payment.getList("history");
    return steps.stream().map(PaymentApi::step).toList();
  }

  /** The approved gateway calls of one operation, e.g. every capture that took money. */
  static List<Step> approved(UUID orderId, String operation) {
    return history(orderId).stream().filter(step -> step.approved(operation)).toList();
  }

  @SuppressWarnings("unchecked")
  private static Step step(Map<String, Object> step) {
    Map<String, Object> amount = (Map<String, Object>) step.get("amount");
    return new Step(
        (String) step.get("operation"),
        (String) step.get("outcome"),
        ((Number) amount.get("amountMinor")).longValue(),
        (String) step.get("code"));
  }
}
