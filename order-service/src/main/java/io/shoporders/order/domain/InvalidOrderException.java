package io.shoporders.order.domain;

/**
 * A request for an order that cannot be accepted, naming the field at fault as a JSON path such as
 * {@code lines[1].quantity}. The detail never repeats the rejected value: it may be personal data
 * or a card number.
 */
public class InvalidOrderException extends RuntimeException {

  private final String field;

  public InvalidOrderException(String field, String detail) {
    super(detail, null, false, false);
    this.field = field;
  }

  /** The JSON path of the field at fault. */
  public String field() {
    return field;
  }

  /** Why the field is refused. */
  public String detail() {
    return getMessage();
  }
}
