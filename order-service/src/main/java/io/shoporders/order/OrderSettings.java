package io.shoporders.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** How this shop takes orders: limits, currency, order numbers and the shipping cost rule. */
@ConfigMapping(prefix = "orders")
public interface OrderSettings {

  /** The most units of one sku an order may hold, after lines of the same sku are merged. */
  @WithDefault("99")
  int maxQuantity();

  /** The currency the shop prices and charges in; a product priced in another is not sold. */
  @WithDefault("EUR")
  String currency();

  /** The prefix of human order numbers: SO gives SO-2026-000123. */
  @WithDefault("SO")
  String orderNumberPrefix();

  /** The gateways whose tokens payment-service accepts, as the payment method's type. */
  @WithDefault("sandbox,stripe,paypal,nexi")
  Set<String> paymentTypes();

  /** What shipping costs. */
  Shipping shipping();

  /** How much intake work the service takes on at once. */
  Intake intake();

  /** The admission limit of POST /orders. */
  interface Intake {

    /**
     * Orders being placed at the same moment; one more is answered 503 with Retry-After. Twice the
     * database pool's size lets every connection stay busy while the next requests are parsed.
     */
    @WithDefault("40")
    int maxInFlight();

    /** The seconds a refused client is asked to wait before sending again. */
    @WithDefault("1")
    int retryAfterSeconds();
  }

  /** The shipping cost rule: a flat gross cost, free from a threshold of the items' total. */
  interface Shipping {

    /** The gross cost of shipping one order, VAT included, in minor units of the currency. */
    @WithDefault("590")
    long costMinor();

    /** The items' total (gross, minor units) from which shipping is free; absent: never free. */
    Optional<Long> freeFromMinor();

    /** The VAT rate contained in the shipping cost, in basis points: 2200 is 22%. */
    @WithDefault("2200")
    int vatRateBasisPoints();
  }
}
