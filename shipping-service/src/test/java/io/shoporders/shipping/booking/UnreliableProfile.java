package io.shoporders.shipping.booking;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Parcels to Luxembourg go to the {@link UnreliableCarrier}; the others to the sandbox. A carrier
 * answer may take long enough for a cancellation to cross the booking.
 */
public class UnreliableProfile implements QuarkusTestProfile {

  static final String COUNTRY = "LU";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "shipping.carrier.by-country." + COUNTRY,
        UnreliableCarrier.CODE,
        "shipping.calls.timeout",
        "30s",
        // Four attempts of 30 s take longer than the sweep's default bound of 2 minutes.
        "shipping.sweep.stale-after",
        "PT5M");
  }
}
