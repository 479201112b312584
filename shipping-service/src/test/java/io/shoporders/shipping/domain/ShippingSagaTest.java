package io.shoporders.shipping.domain;

import static io.shoporders.shipping.domain.ShipmentStatus.BOOKING;
import static io.shoporders.shipping.domain.ShipmentStatus.CANCELLED;
import static io.shoporders.shipping.domain.ShipmentStatus.FAILED;
import static io.shoporders.shipping.domain.ShipmentStatus.LABELLED;
import static io.shoporders.shipping.domain.ShipmentStatus.VOIDED;
import static io.shoporders.shipping.domain.ShipmentStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.shipping.domain.ShippingSaga.Next;
import org.junit.jupiter.api.Test;

class ShippingSagaTest {

  @Test
  void booksOnceAddressAndStockAreBothRecorded() {
    assertThat(ShippingSaga.next(WAITING, true, true, false)).isEqualTo(Next.BOOK);
  }

  @Test
  void waitsForTheAddressWhenTheStockArrivesFirst() {
    assertThat(ShippingSaga.next(WAITING, false, true, false)).isEqualTo(Next.NOTHING);
    assertThat(ShippingSaga.next(WAITING, true, false, false)).isEqualTo(Next.NOTHING);
  }

  @Test
  void neverBooksTwice() {
    assertThat(ShippingSaga.next(BOOKING, true, true, false)).isEqualTo(Next.NOTHING);
    assertThat(ShippingSaga.next(LABELLED, true, true, false)).isEqualTo(Next.NOTHING);
    assertThat(ShippingSaga.next(FAILED, true, true, false)).isEqualTo(Next.NOTHING);
  }

  @Test
  void aCancellationBeforeTheLabelClosesTheShipmentForGood() {
    assertThat(ShippingSaga.next(WAITING, true, true, true)).isEqualTo(Next.CLOSE);
    assertThat(ShippingSaga.next(FAILED, true, true, true)).isEqualTo(Next.CLOSE);
    assertThat(ShippingSaga.next(CANCELLED, true, true, true)).isEqualTo(Next.NOTHING);
  }

  @Test
  void aCancellationAfterTheLabelVoidsIt() {
    assertThat(ShippingSaga.next(LABELLED, true, true, true)).isEqualTo(Next.VOID);
    assertThat(ShippingSaga.next(VOIDED, true, true, true)).isEqualTo(Next.NOTHING);
  }

  @Test
  void aBookingUnderWayIsLeftToItsOutcomeWhenCancelled() {
    assertThat(ShippingSaga.next(BOOKING, true, true, true)).isEqualTo(Next.NOTHING);
  }

  @Test
  void anOperatorRetriesFailedAndUnfinishedBookingsAndUnvoidedLabels() {
    assertThat(ShippingSaga.retry(FAILED, false)).isEqualTo(Next.BOOK);
    assertThat(ShippingSaga.retry(BOOKING, false)).isEqualTo(Next.BOOK);
    assertThat(ShippingSaga.retry(LABELLED, true)).isEqualTo(Next.VOID);
  }

  @Test
  void anOperatorHasNothingToRetryOnADoneOrCancelledShipment() {
    assertThat(ShippingSaga.retry(LABELLED, false)).isEqualTo(Next.NOTHING);
    assertThat(ShippingSaga.retry(WAITING, false)).isEqualTo(Next.NOTHING);
    assertThat(ShippingSaga.retry(FAILED, true)).isEqualTo(Next.NOTHING);
    assertThat(ShippingSaga.retry(VOIDED, true)).isEqualTo(Next.NOTHING);
  }

  @Test
  void anAddressCanChangeBeforeAnyBookingOrAfterAFailedOneUnlessCancelled() {
    assertThat(ShippingSaga.takesANewAddress(WAITING, false)).isTrue();
    assertThat(ShippingSaga.takesANewAddress(FAILED, false)).isTrue();
    assertThat(ShippingSaga.takesANewAddress(BOOKING, false)).isFalse();
    assertThat(ShippingSaga.takesANewAddress(LABELLED, false)).isFalse();
    assertThat(ShippingSaga.takesANewAddress(FAILED, true)).isFalse();
    assertThat(ShippingSaga.takesANewAddress(WAITING, true)).isFalse();
  }
}
