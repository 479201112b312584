package io.shoporders.shipping.carrier.poste;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The Poste Delivery Business account; the secrets come from the environment only. */
@ConfigMapping(prefix = "shipping.poste")
interface PosteConfig {

  /** API root; production answers under apiw.gp.posteitaliane.it, the test one under apid. */
  @WithDefault("https://apiw.gp.posteitaliane.it/gp/internet")
  String baseUrl();

  /** Client id of the API credentials, also sent as the POSTE_clientID header (POSTE_CLIENT_ID). */
  Optional<String> clientId();

  /** Client secret of the API credentials (POSTE_CLIENT_SECRET). */
  Optional<String> clientSecret();

  /**
   * OAuth scope that Poste gives with the credentials; it differs per environment (POSTE_SCOPE).
   */
  Optional<String> scope();

  /** Cost centre the waybills are billed to, CDC-... (POSTE_COST_CENTER). */
  Optional<String> costCenter();

  /** Product code; APT000902 is Poste Delivery Business Standard, APT000901 Express. */
  @WithDefault("APT000902")
  String product();

  /** Format of the waybill PDF: A4, or 1011 for a 10 x 11 cm label. */
  @WithDefault("1011")
  String printFormat();

  /** Declared parcel height in cm: the API requires dimensions, orders carry none. */
  @WithDefault("10")
  int parcelHeightCm();

  /** Declared parcel length in cm. */
  @WithDefault("30")
  int parcelLengthCm();

  /** Declared parcel width in cm. */
  @WithDefault("20")
  int parcelWidthCm();

  /** Longest wait for one HTTP answer; shorter than shipping.calls.timeout or equal. */
  @WithDefault("10s")
  Duration timeout();

  /** Tracking page; {trackingCode} is replaced by the waybill code. */
  @WithDefault("https://www.poste.it/cerca/index.html#/risultati-spedizioni/{trackingCode}")
  String trackingUrl();

  /** Characters per name, street and city field; the city is the shortest at 30. */
  @WithDefault("30")
  int lineLength();

  /** Street fields: the waybill has one address field. */
  @WithDefault("1")
  int streetLines();

  /** Heaviest parcel booked, in grams; the public sources do not state the product's limit. */
  @WithDefault("30000")
  int maxWeightGrams();
}
