package io.shoporders.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.inventory.domain.ReservationStatus.Release;
import org.junit.jupiter.api.Test;

class ReservationStatusTest {

  @Test
  void cancellingAHeldReservationUnreservesItsUnits() {
    assertThat(ReservationStatus.HELD.onCancel()).isEqualTo(Release.UNRESERVE);
  }

  @Test
  void cancellingAfterTheCapturePutsUnitsBackOnHand() {
    assertThat(ReservationStatus.CAPTURED.onCancel()).isEqualTo(Release.RESTOCK);
  }

  @Test
  void aSecondCancellationReleasesNothing() {
    assertThat(ReservationStatus.RELEASED.onCancel()).isEqualTo(Release.NOTHING);
  }

  @Test
  void cancellingARefusedReservationReleasesNothing() {
    assertThat(ReservationStatus.REFUSED.onCancel()).isEqualTo(Release.NOTHING);
  }

  @Test
  void onlyAHeldReservationCanBeCaptured() {
    assertThat(ReservationStatus.values())
        .filteredOn(ReservationStatus::capturable)
        .containsExactly(ReservationStatus.HELD);
  }
}
