package io.shoporders.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StreetLinesTest {

  @Test
  void keepsLinesThatFit() {
    List<String> lines = List.of("Via Roma 12", "Scala B");

    assertThat(StreetLines.fit(lines, 35, 3)).contains(lines);
  }

  @Test
  void wrapsALongLineAtWordsWithoutCuttingAny() {
    String line = "Viale della Repubblica Italiana 1234, Palazzo Nord";

    List<String> fitted = StreetLines.fit(List.of(line), 35, 2).orElseThrow();

    assertThat(fitted).containsExactly("Viale della Repubblica Italiana", "1234, Palazzo Nord");
    assertThat(fitted).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(35));
  }

  @Test
  void aLineOfExactlyTheLimitFits() {
    String line = "A".repeat(10) + " " + "B".repeat(24);

    assertThat(StreetLines.fit(List.of(line), 35, 1)).contains(List.of(line));
  }

  @Test
  void aWordLongerThanALineCannotFit() {
    assertThat(StreetLines.fit(List.of("Via " + "X".repeat(36)), 35, 3)).isEmpty();
  }

  @Test
  void moreLinesThanTheCarrierTakesCannotFit() {
    List<String> lines = List.of("Via Roma 12", "Scala B", "Interno 4");

    assertThat(StreetLines.fit(lines, 35, 2)).isEmpty();
  }
}
