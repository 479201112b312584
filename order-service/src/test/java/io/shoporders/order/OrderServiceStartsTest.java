package io.shoporders.order;

import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.outbox.testing.ServiceStartsChecks;

@QuarkusTest
class OrderServiceStartsTest extends ServiceStartsChecks {}
