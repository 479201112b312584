package io.shoporders.shipping.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details: a stable type, a title for people, the status, and the
 * request field at fault where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String field) {

  static final String MEDIA_TYPE = "application/problem+json";
}
