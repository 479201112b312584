package io.shoporders.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTextTest {

  @Test
  void dropsAccents() {
    assertThat(LabelText.transliterate("Zoë Brontë, Città")).contains("Zoe Bronte, Citta");
  }

  @Test
  void spellsLettersThatHaveNoAccentToDrop() {
    assertThat(LabelText.transliterate("Łukasz Øster")).contains("Lukasz Oster");
    assertThat(LabelText.transliterate("Hauptstraße 5")).contains("Hauptstrasse 5");
  }

  @Test
  void readsDecomposedTextLikeComposedText() {
    String decomposed = "Zoe\u0308";

    assertThat(LabelText.transliterate(decomposed)).contains("Zoe");
  }

  @Test
  void collapsesWhitespace() {
    assertThat(LabelText.transliterate("  Via\tRoma   12 ")).contains("Via Roma 12");
  }

  @Test
  void refusesTextWithoutALatinSpelling() {
    assertThat(LabelText.transliterate("ул. Тверская 1")).isEmpty();
    assertThat(LabelText.transliterate("北京市")).isEmpty();
  }
}
