package io.shoporders.inventory;

import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.outbox.testing.ServiceStartsChecks;

@QuarkusTest
class InventoryServiceStartsTest extends ServiceStartsChecks {}
