package io.shoporders.inventory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of inventory-service, under {@code inventory.} in application.properties. */
@ConfigMapping(prefix = "inventory")
public interface InventoryConfig {

  /** How long a reservation may wait for its capture or cancellation before operators hear. */
  @WithDefault("PT48H")
  Duration staleReservationAfter();

  /** Products with this many units available or fewer are listed as low on stock. */
  @WithDefault("5")
  int lowStockThreshold();

  /** How often the log reports reservations held longer than staleReservationAfter. */
  @WithDefault("PT15M")
  Duration staleCheckEvery();

  /** Where reserved orders are handed over: the warehouse and each dropship supplier. */
  Handoff handoff();

  /** Hand-off settings, under {@code inventory.handoff.}. */
  interface Handoff {

    /**
     * Per destination: {@code warehouse}, or a supplier's name as the catalogue spells it. A
     * destination without an entry uses the adapter none.
     */
    Map<String, Destination> destinations();

    /** Delivery attempts of a webhook hand-off before it is FAILED and waits for an operator. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait after the first failed attempt; each later wait doubles, up to an hour. */
    @WithDefault("PT2S")
    Duration firstRetryAfter();

    /** How often due hand-offs are looked for and delivered. */
    @WithDefault("PT1S")
    Duration dispatchEvery();

    /** How long one delivery may take to connect and to answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** The adapter of a destination; none when it has no entry. */
    default Adapter adapterOf(String destination) {
      Destination configured = destinations().get(destination);
      return configured == null ? Adapter.NONE : configured.adapter();
    }
  }

  /** One destination's adapter and, for a webhook, where and with which key. */
  interface Destination {

    /** none: the hand-off is recorded only; webhook: it is POSTed, signed, to url. */
    @WithDefault("none")
    Adapter adapter();

    /** The webhook's URL; required for the adapter webhook. */
    Optional<URI> url();

    /** The HMAC-SHA256 key shared with the destination; set it from the environment. */
    Optional<String> secret();
  }

  /** How a hand-off reaches its destination. */
  enum Adapter {
    /** Recorded only: the default for local runs, where nobody receives hand-offs. */
    NONE,
    /** POSTed as JSON with a signature header, retried with back-off. */
    WEBHOOK
  }
}
