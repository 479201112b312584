package io.shoporders.inventory.domain;

/** A stock change that the rules refuse, naming the field that would break them. */
public class StockRuleException extends RuntimeException {

  private final String field;

  public StockRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
