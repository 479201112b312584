package io.shoporders.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.outbox.testing.ServiceStartsChecks;

@QuarkusTest
class NotificationServiceStartsTest extends ServiceStartsChecks {}
