package io.shoporders.order.api;

import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.saga.OrderStatus;
import io.shoporders.order.api.SmallViews.CancelRequest;
import io.shoporders.order.domain.InvalidOrderException;
import io.shoporders.order.persistence.OrderQueries.OrderFilter;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the parameters and small bodies of the order API, refusing what makes no sense. */
final class QueryParameters {

  private static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_KEY_LENGTH = 255;
  private static final int MAX_NOTE_LENGTH = 500;

  private QueryParameters() {}

  static OrderFilter filter(String status, String from, String to, String email) {
    return new OrderFilter(status(status), instant(from, "from"), instant(to, "to"), email);
  }

  static void requirePage(int page, int size) {
    if (page < 0) {
      throw new MalformedRequestException("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new MalformedRequestException("size", "must be from 1 to " + MAX_PAGE_SIZE);
    }
  }

  /** The Idempotency-Key header, or null when the client sent none. */
  static String idempotencyKey(String key) {
    if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
      throw new InvalidOrderException(
          OrderResource.IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    return key;
  }

  /** A cancellation request; an empty body is a customer's request without a note. */
  static CancelRequest cancelRequest(OrderRequests requests, String body) {
    if (body == null || body.isBlank()) {
      return new CancelRequest(null, null);
    }
    CancelRequest request = requests.as(requests.read(body), CancelRequest.class);
    if (request.note() != null
        && (request.note().isBlank() || request.note().length() > MAX_NOTE_LENGTH)) {
      throw new InvalidOrderException("note", "must be 1 to " + MAX_NOTE_LENGTH + " characters");
    }
    return request;
  }

  /** Who asked: only a customer or an operator can cancel by request. */
  static CancellationReason reason(CancelRequest request) {
    CancellationReason reason = request.reason();
    if (reason == null) {
      return CancellationReason.CUSTOMER_REQUEST;
    }
    if (reason != CancellationReason.CUSTOMER_REQUEST
        && reason != CancellationReason.OPERATOR_REQUEST) {
      throw new InvalidOrderException("reason", "must be CUSTOMER_REQUEST or OPERATOR_REQUEST");
    }
    return reason;
  }

  private static OrderStatus status(String status) {
    try {
      return status == null ? null : OrderStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      throw new MalformedRequestException("status", "must be an order status such as PLACED");
    }
  }

  private static Instant instant(String value, String field) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException unreadable) {
      throw new MalformedRequestException(field, "must be an ISO-8601 instant in UTC");
    }
  }
}
