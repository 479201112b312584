package io.shoporders.shipping.booking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The shop's side of every shipment: who sends it, which service, how patiently to book. */
@ConfigMapping(prefix = "shipping")
interface ShippingConfig {

  /** The sender printed on every label: the shop's warehouse. */
  Sender sender();

  /** The carrier service booked for every parcel, e.g. standard, express. */
  @WithDefault("standard")
  String serviceLevel();

  /** How carrier calls are retried. */
  Calls calls();

  interface Sender {

    /** Company name on the label. */
    @WithDefault("Shop Orders Warehouse")
    String name();

    /** Street, number and further lines, one to three. */
    @WithDefault("Via Example 1")
    List<String> lines();

    /** Postal code, where the country has them. */
    Optional<String> postalCode();

    /** City or town. */
    @WithDefault("Milano")
    String city();

    /** Province or region code where carriers need it. */
    Optional<String> province();

    /** ISO 3166-1 alpha-2 country code. */
    @WithDefault("IT")
    String country();
  }

  interface Calls {

    /** Longest wait for one carrier answer before the attempt counts as a timeout. */
    @WithDefault("10s")
    Duration timeout();

    /** Attempts per booking or void when the carrier times out or fails on its side. */
    @WithDefault("4")
    int attempts();

    /** Pause before the second attempt; it doubles up to {@link #maxBackOff()}. */
    @WithDefault("1s")
    Duration firstBackOff();

    /** Longest pause between two attempts. */
    @WithDefault("15s")
    Duration maxBackOff();
  }
}
