package io.shoporders.order.messaging;

/**
 * The incoming channels of order-service, one per topic it reacts to. application.properties maps
 * each to its topic; the names are shared with the tests.
 */
public final class Channels {

  public static final String PRODUCT_CHANGED = "product-changed";
  public static final String PAYMENT_AUTHORIZED = "payment-authorized";
  public static final String PAYMENT_DECLINED = "payment-declined";
  public static final String STOCK_RESERVED = "stock-reserved";
  public static final String STOCK_UNAVAILABLE = "stock-unavailable";
  public static final String LABEL_CREATED = "label-created";
  public static final String LABEL_FAILED = "label-failed";
  public static final String PAYMENT_CAPTURED = "payment-captured";
  public static final String PAYMENT_CAPTURE_FAILED = "payment-capture-failed";
  public static final String PAYMENT_VOIDED = "payment-voided";
  public static final String PAYMENT_REFUNDED = "payment-refunded";
  public static final String STOCK_RELEASED = "stock-released";
  public static final String LABEL_VOIDED = "label-voided";
  public static final String NOTIFICATION_SENT = "notification-sent";
  public static final String NOTIFICATION_FAILED = "notification-failed";

  private Channels() {}
}
