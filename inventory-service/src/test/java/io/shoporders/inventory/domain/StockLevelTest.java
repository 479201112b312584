package io.shoporders.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockLevelTest {

  @Test
  void availableIsOnHandLessReservedLessSafetyStock() {
    StockLevel level = new StockLevel("A", 10, 3, 2);

    assertThat(level.available()).isEqualTo(5);
  }

  @Test
  void availableIsNeverNegativeWhenTheSafetyStockExceedsTheRest() {
    StockLevel level = new StockLevel("A", 4, 3, 2);

    assertThat(level.available()).isZero();
  }

  @Test
  void reservingMoreThanIsAvailableIsRefused() {
    StockLevel level = new StockLevel("A", 5, 0, 1);

    assertThatThrownBy(() -> level.reserve(5)).isInstanceOf(StockRuleException.class);
  }

  @Test
  void shippingTakesReservedUnitsOffTheShelf() {
    StockLevel level = new StockLevel("A", 5, 2, 0);

    StockLevel shipped = level.ship(2);

    assertThat(shipped).isEqualTo(new StockLevel("A", 3, 0, 0));
  }

  @Test
  void releasingMakesReservedUnitsAvailableAgain() {
    StockLevel level = new StockLevel("A", 5, 2, 0);

    StockLevel released = level.release(2);

    assertThat(released.available()).isEqualTo(5);
  }

  @Test
  void restockingPutsShippedUnitsBackOnHand() {
    StockLevel level = new StockLevel("A", 3, 0, 0);

    StockLevel restocked = level.restock(2);

    assertThat(restocked.onHand()).isEqualTo(5);
  }

  @Test
  void onHandCannotBeCountedBelowWhatIsReserved() {
    StockLevel level = new StockLevel("A", 5, 4, 0);

    assertThatThrownBy(() -> level.adjustedBy(-2))
        .isInstanceOf(StockRuleException.class)
        .extracting(failure -> ((StockRuleException) failure).field())
        .isEqualTo("onHand");
  }

  @Test
  void adjustmentPastTheLargestCountIsRefusedNotWrapped() {
    StockLevel level = new StockLevel("A", 5, 0, 0);

    assertThatThrownBy(() -> level.adjustedBy(Integer.MAX_VALUE))
        .isInstanceOf(StockRuleException.class)
        .extracting(refused -> ((StockRuleException) refused).field())
        .isEqualTo("delta");
  }
}
