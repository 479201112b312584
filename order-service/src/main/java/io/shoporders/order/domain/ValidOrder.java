package io.shoporders.order.domain;

import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.PaymentMethod;
import java.util.List;

/** An order request that passed every check but the catalogue's: lines merged by sku. */
public record ValidOrder(
    Customer customer, Address shippingAddress, List<RequestedLine> lines, PaymentMethod payment) {}
