package io.shoporders.notification.api;

/** An RFC 9457 problem: a stable type, a human title, and the request field at fault. */
public record Problem(String type, String title, int status, String detail, String field) {

  static final String MEDIA_TYPE = "application/problem+json";

  static Problem invalidParameter(String field, String detail) {
    return new Problem(
        "urn:shop-orders:problem:invalid-parameter", "Invalid parameter", 400, detail, field);
  }
}
