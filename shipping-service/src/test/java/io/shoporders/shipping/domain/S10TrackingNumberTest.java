package io.shoporders.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S10TrackingNumberTest {

  @Test
  void checkDigitMatchesThePublishedExample() {
    // The worked example of the S10 standard's description: 47312482 weighs 200, so C = 9.
    assertThat(S10TrackingNumber.checkDigitOf("47312482")).isEqualTo(9);
  }

  @Test
  void aRemainderOfOneGivesCheckDigitZero() {
    // 8 x 7 = 56, and 56 mod 11 = 1: C = 10, which the standard writes as 0.
    assertThat(S10TrackingNumber.checkDigitOf("00000008")).isZero();
  }

  @Test
  void aRemainderOfZeroGivesCheckDigitFive() {
    // 0 mod 11 = 0: C = 11, which the standard writes as 5.
    assertThat(S10TrackingNumber.checkDigitOf("00000000")).isEqualTo(5);
  }

  @Test
  void writesIndicatorSerialCheckDigitAndCountry() {
    S10TrackingNumber number = new S10TrackingNumber("RR", "47312482", "GB");

    assertThat(number).hasToString("RR473124829GB");
  }

  @Test
  void parsesItsOwnText() {
    S10TrackingNumber number = S10TrackingNumber.parse("CA473124829IT");

    assertThat(number.serviceIndicator()).isEqualTo("CA");
    assertThat(number.serial()).isEqualTo("47312482");
    assertThat(number.country()).isEqualTo("IT");
  }

  @Test
  void refusesAWrongCheckDigit() {
    assertThatThrownBy(() -> S10TrackingNumber.parse("CA473124828IT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digit");
  }

  @Test
  void refusesTextThatIsNotS10() {
    assertThatThrownBy(() -> S10TrackingNumber.parse("CA47312482IT"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new S10TrackingNumber("C1", "47312482", "IT"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
