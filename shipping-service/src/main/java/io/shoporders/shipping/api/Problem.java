package io.shoporders.shipping.api;

/** An error as RFC 9457 problem details: a stable type, a title for people, the status. */
record Problem(String type, String title, int status, String detail) {

  static final String MEDIA_TYPE = "application/problem+json";
}
