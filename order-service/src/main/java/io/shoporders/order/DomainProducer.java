package io.shoporders.order;

import io.shoporders.contracts.money.Money;
import io.shoporders.order.domain.OrderValidation;
import io.shoporders.order.domain.Pricing;
import io.shoporders.order.domain.ShippingRule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the framework-free rules of the domain from the configuration. */
@Dependent
public class DomainProducer {

  @Produces
  @Singleton
  OrderValidation orderValidation(OrderSettings settings) {
    return new OrderValidation(settings.maxQuantity(), settings.paymentTypes());
  }

  @Produces
  @Singleton
  Pricing pricing(OrderSettings settings) {
    OrderSettings.Shipping shipping = settings.shipping();
    Money cost = Money.ofMinor(shipping.costMinor(), settings.currency());
    Money freeFrom =
        shipping
            .freeFromMinor()
            .map(minor -> Money.ofMinor(minor, settings.currency()))
            .orElse(null);
    return new Pricing(new ShippingRule(cost, freeFrom, shipping.vatRateBasisPoints()));
  }

  /** UTC time for event envelopes, which keep it to the microsecond like PostgreSQL. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
