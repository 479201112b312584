package io.shoporders.shipping.domain;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text as a carrier's label can print it: plain ASCII. Accents are dropped (Zoë becomes Zoe), and
 * letters that are not an accented Latin letter get their customary spelling (Łukasz becomes
 * Lukasz, straße becomes strasse). Stored and published addresses keep their exact UTF-8; only the
 * label is transliterated.
 */
public final class LabelText {

  /** Letters that Unicode does not decompose into a base letter and a mark. */
  private static final Map<Character, String> SPELLED =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('ẞ', "SS"),
          Map.entry('Ł', "L"),
          Map.entry('ł', "l"),
          Map.entry('Đ', "D"),
          Map.entry('đ', "d"),
          Map.entry('Ø', "O"),
          Map.entry('ø', "o"),
          Map.entry('Æ', "AE"),
          Map.entry('æ', "ae"),
          Map.entry('Œ', "OE"),
          Map.entry('œ', "oe"),
          Map.entry('Þ', "TH"),
          Map.entry('þ', "th"),
          Map.entry('ı', "i"),
          Map.entry('’', "'"),
          Map.entry('–', "-"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");

  private LabelText() {}

  /**
   * The text in printable ASCII, or empty when some of it has no Latin spelling (a Cyrillic or
   * Chinese address): such an address needs a person, not a guess.
   */
  public static Optional<String> transliterate(String text) {
    String spelled = spell(Normalizer.normalize(text, Normalizer.Form.NFC));
    String unmarked =
        MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
    String tidy = SPACES.matcher(unmarked).replaceAll(" ").strip();
    return PRINTABLE_ASCII.matcher(tidy).matches() ? Optional.of(tidy) : Optional.empty();
  }

  private static String spell(String text) {
    StringBuilder spelled = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      spelled.append(SPELLED.getOrDefault(c, String.valueOf(c)));
    }
    return spelled.toString();
  }
}
