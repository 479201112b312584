package io.shoporders.shipping.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.order.Address;
import io.shoporders.shipping.domain.ShipmentStatus;
import io.shoporders.shipping.domain.ShippingSaga;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** The shipment of one order: the facts recorded from events, and the carrier's label. */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {

  private static final String CREATE =
      "INSERT INTO shipment (order_id, id, status) VALUES (?1, ?2, 'WAITING')"
          + " ON CONFLICT (order_id) DO NOTHING";

  // One row at a time, skipping rows another transaction holds: two sweepers never take the same.
  private static final String STALE_BOOKING =
      "SELECT * FROM shipment WHERE status = 'BOOKING' AND updated_at < ?1"
          + " ORDER BY updated_at LIMIT 1 FOR UPDATE SKIP LOCKED";

  @Id
  @Column(name = "order_id")
  public UUID orderId;

  public UUID id;

  @Enumerated(EnumType.STRING)
  public ShipmentStatus status;

  @Column(name = "order_number")
  public String orderNumber;

  @Column(name = "recipient_name")
  public String recipientName;

  @Column(name = "address_line1")
  public String addressLine1;

  @Column(name = "address_line2")
  public String addressLine2;

  @Column(name = "address_line3")
  public String addressLine3;

  @Column(name = "postal_code")
  public String postalCode;

  public String city;
  public String province;
  public String country;
  public String email;
  public String phone;

  @Column(name = "weight_grams")
  public Integer weightGrams;

  @Column(name = "placed_event_id")
  public UUID placedEventId;

  @Column(name = "reserved_event_id")
  public UUID reservedEventId;

  @Column(name = "cancelled_event_id")
  public UUID cancelledEventId;

  public String carrier;

  @Column(name = "service_level")
  public String serviceLevel;

  public int attempts;

  @Column(name = "failure_reason")
  public String failureReason;

  @Column(name = "tracking_code")
  public String trackingCode;

  @Column(name = "tracking_url")
  public String trackingUrl;

  @Column(name = "label_pdf")
  public byte[] labelPdf;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** When an operator last corrected the address; null while it is the order's. */
  @Column(name = "address_corrected_at")
  public Instant addressCorrectedAt;

  /** The order's shipment, locked for this transaction; created first if it is the first fact. */
  public static Uni<Shipment> lockOrCreate(UUID orderId) {
    // Facts of one order arrive on several topics at once: the insert that loses waits, then locks.
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(CREATE)
                    .setParameter(1, orderId)
                    .setParameter(2, UUID.randomUUID())
                    .executeUpdate())
        .chain(() -> lock(orderId));
  }

  /** The order's shipment locked for this transaction, or null. */
  public static Uni<Shipment> lock(UUID orderId) {
    return Shipment.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * The longest-waiting shipment in BOOKING since before {@code staleBefore}, locked for this
   * transaction, or null; rows another transaction has locked are skipped.
   */
  public static Uni<Shipment> lockStaleBooking(Instant staleBefore) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(STALE_BOOKING, Shipment.class)
                    .setParameter(1, staleBefore)
                    .getSingleResultOrNull());
  }

  /** The next saga step, from the facts recorded so far. */
  public ShippingSaga.Next next() {
    return ShippingSaga.next(
        status, placedEventId != null, reservedEventId != null, cancelledEventId != null);
  }

  /** The shipping address as the order placed it. */
  public Address address() {
    List<String> lines = new ArrayList<>();
    Stream.of(addressLine1, addressLine2, addressLine3)
        .filter(Objects::nonNull)
        .forEach(lines::add);
    return new Address(recipientName, lines, postalCode, city, province, country);
  }

  /** Records the shipping address exactly as given. */
  public void recordAddress(Address address) {
    List<String> lines = address.lines();
    recipientName = address.name();
    addressLine1 = lines.get(0);
    addressLine2 = lines.size() > 1 ? lines.get(1) : null;
    addressLine3 = lines.size() > 2 ? lines.get(2) : null;
    postalCode = address.postalCode();
    city = address.city();
    province = address.province();
    country = address.country();
  }

  /** Moves to {@code next}, stamping the change. */
  public void moveTo(ShipmentStatus next) {
    status = next;
    updatedAt = Instant.now();
  }
}
