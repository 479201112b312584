package io.shoporders.payment;

import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.outbox.testing.ServiceStartsChecks;

@QuarkusTest
class PaymentServiceStartsTest extends ServiceStartsChecks {}
