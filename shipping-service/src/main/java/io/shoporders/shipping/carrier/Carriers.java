package io.shoporders.shipping.carrier;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picks the carrier of a parcel by its destination country, or the shop's default. */
@ApplicationScoped
@Startup
public class Carriers {

  private final Map<String, Carrier> byCode;
  private final CarrierConfig config;

  Carriers(Instance<Carrier> carriers, CarrierConfig config) {
    this.byCode = carriers.stream().collect(Collectors.toMap(Carrier::code, Function.identity()));
    this.config = config;
    // A misspelt carrier code must stop the service at start, not fail the first order.
    named(config.defaultCarrier());
    config.byCountry().values().forEach(this::named);
  }

  /** The carrier for parcels to {@code country}. */
  public Carrier forCountry(String country) {
    return named(config.byCountry().getOrDefault(country, config.defaultCarrier()));
  }

  /** The carrier with this code, e.g. the one that made an existing label. */
  public Carrier named(String code) {
    return Optional.ofNullable(byCode.get(code))
        .orElseThrow(
            () -> new IllegalStateException("no carrier " + code + "; known: " + byCode.keySet()));
  }
}
