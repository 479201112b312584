package io.shoporders.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GsmSegmentTest {

  @Test
  void aGsmTextOf160CharactersFitsAndOf161DoesNot() {
    // given
    String full = "a".repeat(160);

    // when / then
    assertThat(GsmSegment.fitsOne(full)).isTrue();
    assertThat(GsmSegment.fitsOne(full + "a")).isFalse();
  }

  @Test
  void italianAccentsOfTheGsmAlphabetKeepTheTextGsm() {
    // given
    String text = "Perché è già partito? Sì, però ù ò à ì ".repeat(4);

    // when / then
    assertThat(text.length()).isLessThanOrEqualTo(160).isGreaterThan(70);
    assertThat(GsmSegment.fitsOne(text)).isTrue();
  }

  @Test
  void extensionCharactersCountTwice() {
    // given
    String euros = "€".repeat(80);

    // when / then
    assertThat(GsmSegment.fitsOne(euros)).isTrue();
    assertThat(GsmSegment.fitsOne(euros + "a")).isFalse();
  }

  @Test
  void oneCharacterOutsideTheAlphabetLimitsTheTextTo70() {
    // given
    String withCjk = "山" + "a".repeat(69);

    // when / then
    assertThat(GsmSegment.fitsOne(withCjk)).isTrue();
    assertThat(GsmSegment.fitsOne(withCjk + "a")).isFalse();
  }
}
