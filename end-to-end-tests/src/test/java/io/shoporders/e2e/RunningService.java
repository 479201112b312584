package io.shoporders.e2e;

/** The five services as the stack under test publishes them (./shop sets the URL variables). */
enum RunningService {
  ORDER,
  PAYMENT,
  INVENTORY,
  SHIPPING,
  NOTIFICATION;

  String url() {
    String variable = name() + "_SERVICE_URL";
    String url = System.getenv(variable);
    if (url == null) {
      throw new IllegalStateException(
          variable
              + " is not set: run the end-to-end tests with"
              + " ./shop test, or export the variables of a running stack with ./shop env");
    }
    return url;
  }
}
