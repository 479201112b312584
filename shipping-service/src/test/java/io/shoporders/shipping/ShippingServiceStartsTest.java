package io.shoporders.shipping;

import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.outbox.testing.ServiceStartsChecks;

@QuarkusTest
class ShippingServiceStartsTest extends ServiceStartsChecks {}
