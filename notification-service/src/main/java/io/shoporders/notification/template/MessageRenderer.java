package io.shoporders.notification.template;

import io.quarkus.qute.Engine;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderConfirmed;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.notification.config.NotificationConfig;
import io.shoporders.notification.domain.CarrierNames;
import io.shoporders.notification.domain.ChannelChoice;
import io.shoporders.notification.domain.GsmSegment;
import io.shoporders.notification.domain.Languages;
import io.shoporders.notification.domain.MoneyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the message each order event calls for, in the customer's language, from the templates
 * under {@code templates/<language>/}: subject, HTML and plain text for an e-mail, one short text
 * for an SMS.
 */
@ApplicationScoped
public class MessageRenderer {

  private final Engine engine;
  private final NotificationConfig.Shop shop;

  @Inject
  MessageRenderer(Engine engine, NotificationConfig config) {
    this(engine, config.shop());
  }

  MessageRenderer(Engine engine, NotificationConfig.Shop shop) {
    this.engine = engine;
    this.shop = shop;
  }

  public Message orderReceived(OrderPlaced placed) {
    Locale language = languageOf(placed.customer());
    MessageView view =
        summary(language, placed.orderNumber(), placed.customer(), placed.grandTotal())
            .withContents(
                lines(placed.lines(), language),
                money(placed.shippingCost(), language),
                address(placed.shippingAddress(), language));
    return email(NotificationKind.ORDER_RECEIVED, placed.customer(), view);
  }

  public Message orderConfirmed(OrderConfirmed confirmed) {
    Locale language = languageOf(confirmed.customer());
    MessageView view =
        summary(language, confirmed.orderNumber(), confirmed.customer(), confirmed.grandTotal());
    return email(NotificationKind.ORDER_CONFIRMED, confirmed.customer(), view);
  }

  public Message orderCancelled(OrderCancelled cancelled) {
    Locale language = languageOf(cancelled.customer());
    MessageView view =
        summary(language, cancelled.orderNumber(), cancelled.customer(), cancelled.grandTotal())
            .withCancellation(
                reasonText(cancelled, language),
                cancelled.customerCharged(),
                !cancelled.customerCharged() && askedByAPerson(cancelled.reason()));
    return email(NotificationKind.ORDER_CANCELLED, cancelled.customer(), view);
  }

  /**
   * Only a person's cancellation can cross a capture: the saga's own ones come before any label
   * (declined, out of stock) or from the capture itself (capture failed). Crossing, payment-service
   * refunds in full at once (contracts/README.md), so the message must not say nothing was taken.
   */
  private static boolean askedByAPerson(CancellationReason reason) {
    return reason == CancellationReason.CUSTOMER_REQUEST
        || reason == CancellationReason.OPERATOR_REQUEST;
  }

  public Message orderShipped(OrderShipped shipped) {
    Locale language = languageOf(shipped.customer());
    MessageView view =
        summary(language, shipped.orderNumber(), shipped.customer(), shipped.grandTotal())
            .withShipment(
                CarrierNames.of(shipped.carrier()), shipped.trackingCode(), shipped.trackingUrl());
    return ChannelChoice.of(NotificationKind.ORDER_SHIPPED, shipped.customer()) == Channel.SMS
        ? sms(shipped.customer(), view)
        : email(NotificationKind.ORDER_SHIPPED, shipped.customer(), view);
  }

  private Message email(NotificationKind kind, Customer customer, MessageView view) {
    String name = view.language() + "/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new Message(
        kind,
        Channel.EMAIL,
        customer.email(),
        view.language(),
        render(name + ".subject.txt", view).strip(),
        render(name + ".html", view),
        render(name + ".txt", view));
  }

  private Message sms(Customer customer, MessageView view) {
    String name = view.language() + "/order-shipped";
    String text = render(name + ".sms.txt", view).strip();
    if (!GsmSegment.fitsOne(text)) {
      text = render(name + ".sms-short.txt", view).strip();
    }
    return new Message(
        NotificationKind.ORDER_SHIPPED,
        Channel.SMS,
        customer.phone(),
        view.language(),
        null,
        null,
        text);
  }

  private MessageView summary(Locale language, String number, Customer customer, Money total) {
    return MessageView.summary(
        language.getLanguage(), shopView(), number, customer.name(), money(total, language));
  }

  private String reasonText(OrderCancelled cancelled, Locale language) {
    return engine
        .getTemplate(language.getLanguage() + "/cancel-reason.txt")
        .data("reason", cancelled.reason().name())
        .render()
        .strip();
  }

  private String render(String template, MessageView view) {
    return engine.getTemplate(template).data(view).render();
  }

  private Locale languageOf(Customer customer) {
    return Languages.forCustomer(customer.language(), shop.defaultLanguage());
  }

  private ShopView shopView() {
    return new ShopView(shop.name(), shop.logoUrl());
  }

  private static String money(Money money, Locale language) {
    return MoneyFormat.format(money, language);
  }

  private static List<LineView> lines(List<OrderLine> lines, Locale language) {
    return lines.stream()
        .map(line -> new LineView(line.name(), line.quantity(), money(line.lineTotal(), language)))
        .toList();
  }

  private static List<String> address(Address address, Locale language) {
    List<String> lines = new ArrayList<>();
    lines.add(address.name());
    lines.addAll(address.lines());
    String postalCode = address.postalCode() == null ? "" : address.postalCode() + " ";
    String province = address.province() == null ? "" : " (" + address.province() + ")";
    lines.add(postalCode + address.city() + province);
    lines.add(new Locale("", address.country()).getDisplayCountry(language));
    return lines;
  }
}
