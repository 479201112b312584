package io.shoporders.notification.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The name a customer knows a carrier by, for a carrier code of the events ({@code gls}, {@code
 * poste}). A code this service does not know is shown in capitals, as carriers write their own.
 */
public final class CarrierNames {

  private static final Map<String, String> NAMES =
      Map.of(
          "gls", "GLS",
          "dhl", "DHL",
          "poste", "Poste Italiane",
          "brt", "BRT",
          "sandbox", "Sandbox");

  private CarrierNames() {}

  public static String of(String code) {
    return NAMES.getOrDefault(code, code.toUpperCase(Locale.ROOT));
  }
}
