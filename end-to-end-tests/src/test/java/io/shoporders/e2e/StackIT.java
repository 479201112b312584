package io.shoporders.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The packaged services, started by the launcher, answer on their ports. */
class StackIT {

  @ParameterizedTest
  @EnumSource(RunningService.class)
  void everyServiceIsReady(RunningService service) {
    given()
        .baseUri(service.url())
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }

  @ParameterizedTest
  @EnumSource(RunningService.class)
  void everyServicePublishesItsOpenApiDocument(RunningService service) {
    given()
        .baseUri(service.url())
        .queryParam("format", "json")
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("openapi", startsWith("3."));
  }
}
