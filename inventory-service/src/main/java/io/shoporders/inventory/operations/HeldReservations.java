package io.shoporders.inventory.operations;

import io.shoporders.contracts.inventory.StockLine;
import io.shoporders.inventory.InventoryConfig;
import io.shoporders.inventory.domain.ReservationStatus;
import io.shoporders.inventory.persistence.ReservationEntity;
import io.shoporders.inventory.persistence.ReservationLineEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reservations that still hold units, and which of them wait too long for capture. */
@ApplicationScoped
public class HeldReservations {

  /** A held reservation: its order, since when, and its units per sku. */
  public record Held(UUID orderId, Instant since, List<StockLine> lines) {}

  private final InventoryConfig config;
  private final Clock clock;

  HeldReservations(InventoryConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Every held reservation, oldest first; call within a session. */
  public Uni<List<Held>> all() {
    return ReservationEntity.<ReservationEntity>list(
            "status = ?1 order by createdAt", ReservationStatus.HELD)
        .chain(HeldReservations::withLines);
  }

  /** Held longer than {@code inventory.stale-reservation-after}, oldest first. */
  public Uni<List<Held>> stale() {
    return heldSince(clock.instant().minus(config.staleReservationAfter()));
  }

  private Uni<List<Held>> heldSince(Instant before) {
    return ReservationEntity.<ReservationEntity>list(
            "status = ?1 and createdAt < ?2 order by createdAt", ReservationStatus.HELD, before)
        .chain(HeldReservations::withLines);
  }

  private static Uni<List<Held>> withLines(List<ReservationEntity> reservations) {
    List<UUID> orders = reservations.stream().map(r -> r.orderId).toList();
    return ReservationLineEntity.<ReservationLineEntity>list("orderId in ?1 order by sku", orders)
        .map(lines -> lines.stream().collect(Collectors.groupingBy(l -> l.orderId)))
        .map(byOrder -> reservations.stream().map(r -> held(r, byOrder)).toList());
  }

  private static Held held(
      ReservationEntity reservation, Map<UUID, List<ReservationLineEntity>> lines) {
    List<StockLine> units =
        lines.getOrDefault(reservation.orderId, List.of()).stream()
            .map(ReservationLineEntity::stockLine)
            .toList();
    return new Held(reservation.orderId, reservation.createdAt, units);
  }
}
