package io.shoporders.shipping.carrier.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sandbox carrier: books instantly, issues S10 tracking numbers and prints real labels. */
@ConfigMapping(prefix = "shipping.sandbox")
interface SandboxConfig {

  /** S10 service indicator of its tracking numbers; CA to CZ mean parcel post. */
  @WithDefault("CA")
  String serviceIndicator();

  /** Country code that closes its tracking numbers: the issuing operator's country. */
  @WithDefault("IT")
  String country();

  /** Tracking page; {trackingCode} is replaced by the parcel's tracking number. */
  @WithDefault("http://127.0.0.1:8084/sandbox/tracking/{trackingCode}")
  String trackingUrl();

  /** Characters per name, street and city field. */
  @WithDefault("35")
  int lineLength();

  /** Street fields of its label. */
  @WithDefault("2")
  int streetLines();

  /** Heaviest parcel it takes, in grams. */
  @WithDefault("31500")
  int maxWeightGrams();
}
