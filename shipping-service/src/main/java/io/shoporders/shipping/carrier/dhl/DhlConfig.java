package io.shoporders.shipping.carrier.dhl;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The DHL Parcel DE Shipping API v2 account; the secrets come from the environment only. */
@ConfigMapping(prefix = "shipping.dhl")
interface DhlConfig {

  /** API root; DHL's sandbox answers under api-sandbox.dhl.com, production under api-eu. */
  @WithDefault("https://api-sandbox.dhl.com/parcel/de/shipping/v2")
  String baseUrl();

  /** Business customer portal user, sent with basic auth (DHL_USERNAME). */
  Optional<String> username();

  /** Business customer portal password (DHL_PASSWORD). */
  Optional<String> password();

  /** Key of the app on developer.dhl.com, sent as the dhl-api-key header (DHL_API_KEY). */
  Optional<String> apiKey();

  /** Billing number: customer number, procedure and participation, 14 digits. */
  Optional<String> billingNumber();

  /** DHL product code; V01PAK is DHL Paket within Germany. */
  @WithDefault("V01PAK")
  String product();

  /** User group profile of the business customer portal. */
  @WithDefault("STANDARD_GRUPPENPROFIL")
  String profile();

  /** Longest wait for one HTTP answer; shorter than shipping.calls.timeout or equal. */
  @WithDefault("10s")
  Duration timeout();

  /** Tracking page; {trackingCode} is replaced by the shipment number. */
  @WithDefault(
      "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={trackingCode}")
  String trackingUrl();

  /** Characters per name, street and city field; the city field is the shortest at 40. */
  @WithDefault("40")
  int lineLength();

  /** Street fields: addressStreet and additionalAddressInformation1. */
  @WithDefault("2")
  int streetLines();

  /** Heaviest parcel DHL Paket takes, in grams. */
  @WithDefault("31500")
  int maxWeightGrams();
}
