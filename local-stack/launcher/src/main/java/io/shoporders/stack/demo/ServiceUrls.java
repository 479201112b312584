package io.shoporders.stack.demo;

import java.util.Map;

/** Where the five services of the stack answer, as `./shop env` names them. */
public record ServiceUrls(
    String order, String payment, String inventory, String shipping, String notification) {

  /** Reads the *_SERVICE_URL variables of a stack's environment. */
  public static ServiceUrls of(Map<String, String> environment) {
    return new ServiceUrls(
        environment.get("ORDER_SERVICE_URL"),
        environment.get("PAYMENT_SERVICE_URL"),
        environment.get("INVENTORY_SERVICE_URL"),
        environment.get("SHIPPING_SERVICE_URL"),
        environment.get("NOTIFICATION_SERVICE_URL"));
  }
}
