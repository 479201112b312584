package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.saga.OrderStatus;
import io.shoporders.order.domain.Cancellation;
import io.shoporders.order.domain.OrderProgress;
import io.shoporders.order.domain.Shipment;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One order: who, where, what it costs, and the facts the saga has reported about it. */
@Entity
@Table(name = "orders")
public class OrderEntity extends PanacheEntityBase {

  /** The longest cancellation detail the column holds. */
  private static final int MAX_DETAIL_LENGTH = 500;

  @Id public UUID id;
  public String orderNumber;

  @Enumerated(EnumType.STRING)
  public OrderStatus status;

  public Instant placedAt;
  public UUID placedEventId;
  public String customerName;
  public String customerEmail;
  public String customerPhone;
  public String customerLanguage;

  @Enumerated(EnumType.STRING)
  public Channel customerChannel;

  public String shipName;
  public String shipLine1;
  public String shipLine2;
  public String shipLine3;
  public String shipPostalCode;
  public String shipCity;
  public String shipProvince;
  public String shipCountry;
  public String paymentType;
  public String currency;
  public long itemsTotalMinor;
  public long shippingCostMinor;
  public long vatTotalMinor;
  public long grandTotalMinor;
  public boolean paymentAuthorized;
  public boolean stockReserved;
  public boolean paymentCaptured;
  public String carrier;
  public String trackingCode;
  public String trackingUrl;

  @Enumerated(EnumType.STRING)
  public CancellationReason cancelReason;

  public String cancelDetail;
  public Instant updatedAt;

  /** The customer, as the order's events carry it. */
  public Customer customer() {
    return new Customer(
        customerName, customerEmail, customerPhone, customerLanguage, customerChannel);
  }

  /** The shipping address. */
  public Address shippingAddress() {
    List<String> lines = new ArrayList<>(List.of(shipLine1));
    if (shipLine2 != null) {
      lines.add(shipLine2);
    }
    if (shipLine3 != null) {
      lines.add(shipLine3);
    }
    return new Address(shipName, lines, shipPostalCode, shipCity, shipProvince, shipCountry);
  }

  public Money itemsTotal() {
    return Money.ofMinor(itemsTotalMinor, currency);
  }

  public Money shippingCost() {
    return Money.ofMinor(shippingCostMinor, currency);
  }

  public Money vatTotal() {
    return Money.ofMinor(vatTotalMinor, currency);
  }

  public Money grandTotal() {
    return Money.ofMinor(grandTotalMinor, currency);
  }

  /** The facts recorded so far, for the domain to decide on. */
  public OrderProgress progress() {
    // A corrected address is stored as the shipping address itself, so the shipment needs no copy.
    Shipment shipment =
        carrier == null ? null : new Shipment(carrier, trackingCode, trackingUrl, null);
    Cancellation cancellation =
        cancelReason == null ? null : new Cancellation(cancelReason, cancelDetail);
    return new OrderProgress(
        paymentAuthorized,
        stockReserved,
        paymentCaptured,
        shipment,
        cancellation,
        status == OrderStatus.SHIPPED);
  }

  /** Stores the facts and the status they add up to. */
  void record(OrderProgress progress, Instant now) {
    paymentAuthorized = progress.authorized();
    stockReserved = progress.reserved();
    paymentCaptured = progress.captured();
    Shipment shipment = progress.shipment();
    carrier = shipment == null ? null : shipment.carrier();
    trackingCode = shipment == null ? null : shipment.trackingCode();
    trackingUrl = shipment == null ? null : shipment.trackingUrl();
    if (shipment != null && shipment.correctedAddress() != null) {
      shipTo(shipment.correctedAddress());
    }
    Cancellation cancellation = progress.cancellation();
    cancelReason = cancellation == null ? null : cancellation.reason();
    cancelDetail = cancellation == null ? null : shortened(cancellation.detail());
    status = progress.status();
    updatedAt = now;
  }

  /** Sets the shipping address: the order's, or the one an operator corrected it to. */
  void shipTo(Address address) {
    List<String> lines = address.lines();
    shipName = address.name();
    shipLine1 = lines.get(0);
    shipLine2 = lines.size() > 1 ? lines.get(1) : null;
    shipLine3 = lines.size() > 2 ? lines.get(2) : null;
    shipPostalCode = address.postalCode();
    shipCity = address.city();
    shipProvince = address.province();
    shipCountry = address.country();
  }

  /** A long list of short skus is cut rather than failing the event that reported it. */
  private static String shortened(String detail) {
    if (detail == null || detail.length() <= MAX_DETAIL_LENGTH) {
      return detail;
    }
    return detail.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
  }
}
