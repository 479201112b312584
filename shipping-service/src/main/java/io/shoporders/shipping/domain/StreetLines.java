package io.shoporders.shipping.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fits street lines into a carrier's fields: a length per line and a number of lines. */
public final class StreetLines {

  private StreetLines() {}

  /**
   * The lines re-wrapped at word boundaries so that each is at most {@code maxLength} characters,
   * keeping each given line's words together; empty when a single word is longer than a line or the
   * words need more than {@code maxLines} lines. Never cuts a word: a cut house number or street
   * name sends a parcel to the wrong door.
   */
  public static Optional<List<String>> fit(List<String> lines, int maxLength, int maxLines) {
    List<String> fitted = new ArrayList<>();
    for (String line : lines) {
      if (!wrap(line, maxLength, fitted)) {
        return Optional.empty();
      }
    }
    return fitted.size() <= maxLines ? Optional.of(List.copyOf(fitted)) : Optional.empty();
  }

  private static boolean wrap(String line, int maxLength, List<String> into) {
    StringBuilder current = new StringBuilder();
    for (String word : line.strip().split("\\s+")) {
      if (word.length() > maxLength) {
        return false;
      }
      if (!current.isEmpty() && current.length() + 1 + word.length() > maxLength) {
        into.add(current.toString());
        current.setLength(0);
      }
      current.append(current.isEmpty() ? "" : " ").append(word);
    }
    into.add(current.toString());
    return true;
  }
}
