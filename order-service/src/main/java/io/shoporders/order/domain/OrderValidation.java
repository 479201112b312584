package io.shoporders.order.domain;

import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.PaymentMethod;
import io.shoporders.order.domain.OrderForm.AddressForm;
import io.shoporders.order.domain.OrderForm.CustomerForm;
import io.shoporders.order.domain.OrderForm.LineForm;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks an order request field by field and stops at the first fault, which it names. The value
 * records of the contracts check their own fields too; their messages start with the field's name,
 * which becomes the end of the path reported to the client.
 */
public final class OrderValidation {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

  private final int maxQuantity;
  private final Set<String> paymentTypes;

  /**
   * @param maxQuantity the most units of one sku an order may hold
   * @param paymentTypes the gateways whose tokens payment-service accepts
   */
  public OrderValidation(int maxQuantity, Set<String> paymentTypes) {
    this.maxQuantity = maxQuantity;
    this.paymentTypes = new TreeSet<>(paymentTypes);
  }

  /** The order, checked and with its lines merged by sku; or the first fault found. */
  public ValidOrder validate(OrderForm form) {
    present(form, "body");
    Customer customer = customer(present(form.customer(), "customer"));
    Address address = address(present(form.shippingAddress(), "shippingAddress"));
    PaymentMethod payment = payment(present(form.paymentMethod(), "paymentMethod"));
    return new ValidOrder(customer, address, lines(form.lines()), payment);
  }

  private Customer customer(CustomerForm form) {
    Limits.check(form.name(), Limits.NAME, "customer.name");
    Limits.check(form.email(), Limits.EMAIL, "customer.email");
    if (form.email() != null && !EMAIL.matcher(form.email()).matches()) {
      throw new InvalidOrderException("customer.email", "must be an e-mail address");
    }
    Limits.check(form.language(), Limits.LANGUAGE, "customer.language");
    requireKnownLanguage(form.language());
    Channel channel = channel(form.channel());
    return build(
        "customer.",
        () -> new Customer(form.name(), form.email(), form.phone(), form.language(), channel));
  }

  /**
   * A well-formed tag is not enough: "klingon" is one, and would leave notification-service writing
   * to a language nobody knows. The language must be one the JDK can name, as it names "it", "de",
   * "fil" or "yue".
   */
  private static void requireKnownLanguage(String language) {
    if (language == null) {
      return;
    }
    Locale locale = Locale.forLanguageTag(language);
    String code = locale.getLanguage();
    if (!code.isEmpty() && code.equals(locale.getDisplayLanguage(Locale.ENGLISH))) {
      throw new InvalidOrderException(
          "customer.language", "must name a known language, such as it, en or de-CH");
    }
  }

  private static Channel channel(String channel) {
    try {
      return Channel.valueOf(present(channel, "customer.channel"));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidOrderException("customer.channel", "must be EMAIL or SMS");
    }
  }

  private static Address address(AddressForm form) {
    // The contract's Address checks every field, lengths included.
    List<String> lines = present(form.lines(), "shippingAddress.lines");
    return build(
        "shippingAddress.",
        () ->
            new Address(
                form.name(),
                lines,
                form.postalCode(),
                form.city(),
                form.province(),
                form.country()));
  }

  private PaymentMethod payment(OrderForm.PaymentForm form) {
    if (!paymentTypes.contains(present(form.type(), "paymentMethod.type"))) {
      throw new InvalidOrderException(
          "paymentMethod.type", "must be one of " + String.join(", ", paymentTypes));
    }
    Limits.check(form.token(), Limits.TOKEN, "paymentMethod.token");
    return build("paymentMethod.", () -> new PaymentMethod(form.type(), form.token()));
  }

  private List<RequestedLine> lines(List<LineForm> lines) {
    if (present(lines, "lines").isEmpty()) {
      throw new InvalidOrderException("lines", "must hold at least one line");
    }
    Map<String, RequestedLine> bySku = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      RequestedLine line = line(present(lines.get(i), "lines[" + i + "]"), i);
      RequestedLine earlier = bySku.get(line.sku());
      bySku.put(line.sku(), earlier == null ? line : merged(earlier, line));
    }
    return new ArrayList<>(bySku.values());
  }

  private RequestedLine line(LineForm form, int index) {
    String sku = present(form.sku(), "lines[" + index + "].sku");
    if (sku.isBlank() || sku.length() > Limits.SKU) {
      throw new InvalidOrderException(
          "lines[" + index + "].sku", "must be 1 to " + Limits.SKU + " characters");
    }
    return new RequestedLine(index, sku, quantity(form.quantity(), index));
  }

  private int quantity(Object quantity, int index) {
    String field = "lines[" + index + "].quantity";
    boolean whole = quantity instanceof Integer || quantity instanceof Long;
    if (!(whole || quantity instanceof BigInteger)
        || !WHOLE_NUMBER.matcher("" + quantity).matches()) {
      throw new InvalidOrderException(field, "must be a whole number from 1 to " + maxQuantity);
    }
    return withinMaximum(new BigInteger(quantity.toString()), field);
  }

  private RequestedLine merged(RequestedLine earlier, RequestedLine later) {
    String field = "lines[" + later.index() + "].quantity";
    BigInteger sum =
        BigInteger.valueOf(earlier.quantity()).add(BigInteger.valueOf(later.quantity()));
    return new RequestedLine(earlier.index(), earlier.sku(), withinMaximum(sum, field));
  }

  private int withinMaximum(BigInteger quantity, String field) {
    if (quantity.signum() <= 0 || quantity.compareTo(BigInteger.valueOf(maxQuantity)) > 0) {
      throw new InvalidOrderException(field, "must be a whole number from 1 to " + maxQuantity);
    }
    return quantity.intValueExact();
  }

  private static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidOrderException(field, "is required");
    }
    return value;
  }

  /** Builds a contracts value, turning its refusal into a fault of the field it names. */
  private static <T> T build(String prefix, Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      String message = String.valueOf(refused.getMessage());
      int space = message.indexOf(' ');
      String field = space < 0 ? message : message.substring(0, space);
      return failWith(prefix + field, space < 0 ? "is invalid" : message.substring(space + 1));
    }
  }

  private static <T> T failWith(String field, String detail) {
    throw new InvalidOrderException(field, detail);
  }
}
