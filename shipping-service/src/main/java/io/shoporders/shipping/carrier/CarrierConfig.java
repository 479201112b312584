package io.shoporders.shipping.carrier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Which carrier takes a parcel. */
@ConfigMapping(prefix = "shipping.carrier")
interface CarrierConfig {

  /** The shop's carrier for countries without an entry in {@link #byCountry()}. */
  @WithDefault("sandbox")
  String defaultCarrier();

  /** Carrier code per destination country (ISO 3166-1 alpha-2), e.g. DE=dhl. */
  Map<String, String> byCountry();
}
