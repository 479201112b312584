package io.shoporders.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationRuleTest {

  @Test
  void everyLineAvailableReservesAllOfThem() {
    Map<String, StockLevel> stock = stock(level("A", 5, 0, 0), level("B", 2, 0, 0));

    ReservationDecision decision =
        ReservationRule.decide(List.of(line("A", 3), line("B", 2)), stock);

    assertThat(decision)
        .isEqualTo(
            new ReservationDecision.Granted(
                List.of(level("A", 5, 3, 0), level("B", 2, 2, 0)),
                List.of(new StockLine("A", 3), new StockLine("B", 2))));
  }

  @Test
  void oneShortLineReservesNothingAndNamesOnlyThatSku() {
    Map<String, StockLevel> stock = stock(level("A", 5, 0, 0), level("B", 2, 1, 0));

    ReservationDecision decision =
        ReservationRule.decide(List.of(line("A", 3), line("B", 2)), stock);

    assertThat(decision)
        .isEqualTo(new ReservationDecision.Refused(List.of(new Shortage("B", 2, 1))));
  }

  @Test
  void linesOfTheSameSkuAreSummedBeforeTheyAreChecked() {
    Map<String, StockLevel> stock = stock(level("A", 5, 0, 0));

    ReservationDecision decision =
        ReservationRule.decide(List.of(line("A", 3), line("A", 3)), stock);

    assertThat(decision)
        .isEqualTo(new ReservationDecision.Refused(List.of(new Shortage("A", 6, 5))));
  }

  @Test
  void summedLinesThatFitAreHeldAsOneQuantity() {
    Map<String, StockLevel> stock = stock(level("A", 6, 0, 0));

    ReservationDecision decision =
        ReservationRule.decide(List.of(line("A", 3), line("A", 3)), stock);

    assertThat(((ReservationDecision.Granted) decision).held())
        .containsExactly(new StockLine("A", 6));
  }

  @Test
  void safetyStockAndReservedUnitsAreNeverOffered() {
    Map<String, StockLevel> stock = stock(level("A", 10, 4, 3));

    ReservationDecision decision = ReservationRule.decide(List.of(line("A", 4)), stock);

    assertThat(decision)
        .isEqualTo(new ReservationDecision.Refused(List.of(new Shortage("A", 4, 3))));
  }

  @Test
  void skuThatIsNotStockedIsShortWithNothingAvailable() {
    ReservationDecision decision = ReservationRule.decide(List.of(line("GHOST", 1)), Map.of());

    assertThat(decision)
        .isEqualTo(new ReservationDecision.Refused(List.of(new Shortage("GHOST", 1, 0))));
  }

  @Test
  void shortagesAreReportedInSkuOrder() {
    ReservationDecision decision =
        ReservationRule.decide(List.of(line("Z", 1), line("B", 1)), Map.of());

    assertThat(((ReservationDecision.Refused) decision).shortages())
        .extracting(Shortage::sku)
        .containsExactly("B", "Z");
  }

  private static RequestedLine line(String sku, int quantity) {
    return new RequestedLine(sku, quantity);
  }

  private static StockLevel level(String sku, int onHand, int reserved, int safety) {
    return new StockLevel(sku, onHand, reserved, safety);
  }

  private static Map<String, StockLevel> stock(StockLevel... levels) {
    Map<String, StockLevel> stock = new java.util.HashMap<>();
    for (StockLevel level : levels) {
      stock.put(level.sku(), level);
    }
    return stock;
  }
}
