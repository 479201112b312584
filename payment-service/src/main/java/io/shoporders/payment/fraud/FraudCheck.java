package io.shoporders.payment.fraud;

import io.shoporders.contracts.money.Money;

/**
 * What the fraud rules look at for one order.
 *
 * @param amount the amount to authorize
 * @param shippingCountry ISO 3166-1 alpha-2 code of the shipping address
 * @param earlierOrdersByEmail orders with the same e-mail address within the window, this one not
 *     counted
 * @param earlierOrdersByCard orders with the same card fingerprint within the window, this one not
 *     counted
 */
public record FraudCheck(
    Money amount, String shippingCountry, long earlierOrdersByEmail, long earlierOrdersByCard) {}
