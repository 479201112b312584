package io.shoporders.shipping.carrier.dhl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.shoporders.shipping.testing.CarrierStub;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DhlCarrierTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String SHIPMENT_NO = "00340434161094042557";
  private static final byte[] PDF = "%PDF-1.4\n%test label\n".getBytes(StandardCharsets.US_ASCII);

  private final WireMockServer dhl = CarrierStub.server();
  private DhlCarrier carrier;

  @BeforeEach
  void startDhl() {
    dhl.start();
    carrier = new DhlCarrier(new Config(dhl.baseUrl(), Duration.ofSeconds(5)));
  }

  @AfterEach
  void stopDhl() {
    dhl.stop();
  }

  @Test
  void booksAShipmentAndReturnsItsPdfLabelAndShipmentNumber() {
    ShipmentRequest request = request();
    dhl.stubFor(post(urlPathEqualTo("/orders")).willReturn(created()));

    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(SHIPMENT_NO);
    assertThat(label.labelPdf()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    dhl.verify(
        postRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("docFormat", equalTo("PDF"))
            .withBasicAuth(new BasicCredentials("u", "p"))
            .withHeader("dhl-api-key", equalTo("key"))
            .withRequestBody(matchingJsonPath("$.shipments[0].refNo", equalTo(refNo(request))))
            .withRequestBody(matchingJsonPath("$.shipments[0].consignee.country", equalTo("DEU")))
            .withRequestBody(
                matchingJsonPath("$.shipments[0].details.weight.value", equalTo("1200")))
            .withRequestBody(
                matchingJsonPath("$.shipments[0].billingNumber", equalTo("33333333330102"))));
  }

  @Test
  void aValidationErrorIsARejectionNamingTheField() {
    dhl.stubFor(post(urlPathEqualTo("/orders")).willReturn(validationError()));

    assertThatThrownBy(() -> carrier.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class)
        .hasMessageContaining("shipments[0].consignee.postalCode");
  }

  @Test
  void aCountryWithoutAnIsoCodeIsRejectedWithoutCallingDhl() {
    ShipmentRequest request = request("XX");

    assertThatThrownBy(() -> carrier.book(request).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);
    dhl.verify(0, postRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void noAnswerInTimeIsUnavailable() {
    DhlCarrier impatient = new DhlCarrier(new Config(dhl.baseUrl(), Duration.ofMillis(500)));
    dhl.stubFor(post(urlPathEqualTo("/orders")).willReturn(created().withFixedDelay(2_000)));

    assertThatThrownBy(() -> impatient.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);
  }

  @Test
  void aServerErrorIsUnavailableAndTheNextAttemptBooksWithTheSameReference() {
    ShipmentRequest request = request();
    stubServerErrorThenCreated();

    assertThatThrownBy(() -> carrier.book(request).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);
    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(SHIPMENT_NO);
    dhl.verify(
        2,
        postRequestedFor(urlPathEqualTo("/orders"))
            .withRequestBody(matchingJsonPath("$.shipments[0].refNo", equalTo(refNo(request)))));
  }

  @Test
  void voidsTheShipmentByItsNumber() {
    dhl.stubFor(delete(urlPathEqualTo("/orders")).willReturn(okJson(voided())));

    carrier.cancel(SHIPMENT_NO).await().atMost(WAIT);

    dhl.verify(
        deleteRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("shipment", equalTo(SHIPMENT_NO))
            .withQueryParam("profile", equalTo("STANDARD_GRUPPENPROFIL"))
            .withHeader("dhl-api-key", equalTo("key")));
  }

  @Test
  void voidingAShipmentDhlDoesNotKnowIsARejection() {
    dhl.stubFor(delete(urlPathEqualTo("/orders")).willReturn(validationError()));

    assertThatThrownBy(() -> carrier.cancel("00340434161094000000").await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);
  }

  @Test
  void linksToDhlsTrackingPage() {
    assertThat(carrier.trackingUrl(SHIPMENT_NO))
        .isEqualTo(
            "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode="
                + SHIPMENT_NO);
  }

  private void stubServerErrorThenCreated() {
    dhl.stubFor(
        post(urlPathEqualTo("/orders"))
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    dhl.stubFor(
        post(urlPathEqualTo("/orders"))
            .inScenario("outage")
            .whenScenarioStateIs("recovered")
            .willReturn(created()));
  }

  private static ResponseDefinitionBuilder created() {
    String b64 = Base64.getEncoder().encodeToString(PDF);
    return okJson(
        """
        {"status": {"title": "OK", "statusCode": 200},
         "items": [{"shipmentNo": "%s", "sstatus": {"title": "OK", "statusCode": 200},
                    "label": {"b64": "%s", "fileFormat": "PDF", "printFormat": "A4"}}]}
        """
            .formatted(SHIPMENT_NO, b64));
  }

  private static ResponseDefinitionBuilder validationError() {
    return aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"status": {"title": "Bad Request", "statusCode": 400, "detail": "Invalid request"},
             "items": [{"sstatus": {"title": "Bad Request", "statusCode": 400},
                        "validationMessages": [{"property": "shipments[0].consignee.postalCode",
                          "validationMessage": "postal code not valid",
                          "validationState": "Error"}]}]}
            """);
  }

  private static String voided() {
    return """
        {"status": {"title": "OK", "statusCode": 200},
         "items": [{"shipmentNo": "%s", "sstatus": {"title": "OK", "statusCode": 200}}]}
        """
        .formatted(SHIPMENT_NO);
  }

  private static ResponseDefinitionBuilder okJson(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String refNo(ShipmentRequest request) {
    return request.reference().toString().replace("-", "");
  }

  private static ShipmentRequest request() {
    return request("DE");
  }

  private static ShipmentRequest request(String country) {
    LabelAddress sender =
        new LabelAddress("Shop Orders", List.of("Via Example 1"), "20121", "Milano", "MI", "IT");
    LabelAddress recipient =
        new LabelAddress(
            "Max Mustermann", List.of("Hauptstrasse 1"), "53113", "Bonn", null, country);
    return new ShipmentRequest(
        UUID.randomUUID(), "SO-1001", sender, recipient, "max@example.org", null, 1200, "standard");
  }

  private record Config(String baseUrl, Duration timeout) implements DhlConfig {

    @Override
    public Optional<String> username() {
      return Optional.of("u");
    }

    @Override
    public Optional<String> password() {
      return Optional.of("p");
    }

    @Override
    public Optional<String> apiKey() {
      return Optional.of("key");
    }

    @Override
    public Optional<String> billingNumber() {
      return Optional.of("33333333330102");
    }

    @Override
    public String product() {
      return "V01PAK";
    }

    @Override
    public String profile() {
      return "STANDARD_GRUPPENPROFIL";
    }

    @Override
    public String trackingUrl() {
      return "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"
          + "?piececode={trackingCode}";
    }

    @Override
    public int lineLength() {
      return 40;
    }

    @Override
    public int streetLines() {
      return 2;
    }

    @Override
    public int maxWeightGrams() {
      return 31500;
    }
  }
}
