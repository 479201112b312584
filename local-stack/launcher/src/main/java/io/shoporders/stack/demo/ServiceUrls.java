package io.shoporders.stack.demo;

import java.net.URI;
import java.util.List;
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

  /** The service that answers at {@code uri}, as its log is named; or the uri's host and port. */
  String serviceAt(URI uri) {
    // In the order of the components, as the services' logs are named.
    String[] names = {"order", "payment", "inventory", "shipping", "notification"};
    List<String> bases = List.of(order, payment, inventory, shipping, notification);
    for (int i = 0; i < bases.size(); i++) {
      if (bases.get(i) != null && uri.toString().startsWith(bases.get(i))) {
        return names[i] + "-service";
      }
    }
    return uri.getAuthority();
  }
}
