package io.shoporders.shipping.carrier.poste;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PosteCarrierTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String WAYBILL = "/postalandlogistics/parcel/waybill";
  private static final String CODE = "3UW1234567890";
  private static final byte[] PDF = "%PDF-1.4\n%poste label\n".getBytes(StandardCharsets.US_ASCII);

  private final WireMockServer poste = CarrierStub.server();
  private PosteCarrier carrier;

  @BeforeEach
  void startPoste() {
    poste.start();
    carrier = new PosteCarrier(new Config(poste.baseUrl(), Duration.ofSeconds(15)));
    poste.stubFor(post(urlPathEqualTo("/user/sessions")).willReturn(json(200, session())));
    poste.stubFor(get(urlPathEqualTo("/labels/" + CODE + ".pdf")).willReturn(pdf()));
  }

  @AfterEach
  void stopPoste() {
    poste.stop();
  }

  @Test
  void booksAWaybillAndDownloadsItsPdfLabel() {
    ShipmentRequest request = request();
    poste.stubFor(post(urlPathEqualTo(WAYBILL)).willReturn(json(200, created())));

    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(CODE);
    assertThat(label.labelPdf()).isEqualTo(PDF);
    poste.verify(
        postRequestedFor(urlPathEqualTo(WAYBILL))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("POSTE_clientID", equalTo("client"))
            .withRequestBody(matchingJsonPath("$.costCenterCode", equalTo("CDC-00000001")))
            .withRequestBody(
                matchingJsonPath("$.waybills[0].clientReferenceId", equalTo(ref(request))))
            .withRequestBody(matchingJsonPath("$.waybills[0].product", equalTo("APT000902")))
            .withRequestBody(
                matchingJsonPath("$.waybills[0].data.receiver.country", equalTo("ITA1")))
            .withRequestBody(
                matchingJsonPath("$.waybills[0].data.declared[0].weight", equalTo("1200"))));
    poste.verify(
        postRequestedFor(urlPathEqualTo("/user/sessions"))
            .withRequestBody(matchingJsonPath("$.grantType", equalTo("client_credentials")))
            .withRequestBody(matchingJsonPath("$.secretId", equalTo("secret"))));
  }

  @Test
  void theTokenServesLaterBookingsUntilItExpires() {
    poste.stubFor(post(urlPathEqualTo(WAYBILL)).willReturn(json(200, created())));

    carrier.book(request()).await().atMost(WAIT);
    carrier.book(request()).await().atMost(WAIT);

    poste.verify(1, postRequestedFor(urlPathEqualTo("/user/sessions")));
    poste.verify(2, postRequestedFor(urlPathEqualTo(WAYBILL)));
  }

  @Test
  void aValidationErrorIsARejectionWithPostesReason() {
    poste.stubFor(post(urlPathEqualTo(WAYBILL)).willReturn(json(200, refused())));

    assertThatThrownBy(() -> carrier.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class)
        .hasMessageContaining("CAP non valido");
  }

  @Test
  void aBadRequestIsARejection() {
    poste.stubFor(post(urlPathEqualTo(WAYBILL)).willReturn(json(400, refused())));

    assertThatThrownBy(() -> carrier.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class)
        .hasMessageContaining("400")
        .hasMessageContaining("CAP non valido");
  }

  @Test
  void aWaybillAbroadIsRejectedWithoutCallingPoste() {
    ShipmentRequest request = request("FR");

    assertThatThrownBy(() -> carrier.book(request).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);
    poste.verify(0, postRequestedFor(urlPathEqualTo(WAYBILL)));
  }

  @Test
  void noAnswerInTimeIsUnavailable() {
    PosteCarrier impatient = new PosteCarrier(new Config(poste.baseUrl(), Duration.ofMillis(500)));
    poste.stubFor(
        post(urlPathEqualTo(WAYBILL)).willReturn(json(200, created()).withFixedDelay(2_000)));

    assertThatThrownBy(() -> impatient.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);
  }

  @Test
  void aServerErrorIsUnavailableAndTheNextAttemptSendsTheSameReference() {
    ShipmentRequest request = request();
    stubServerErrorThenCreated();

    assertThatThrownBy(() -> carrier.book(request).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);
    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(CODE);
    poste.verify(
        2,
        postRequestedFor(urlPathEqualTo(WAYBILL))
            .withRequestBody(
                matchingJsonPath("$.waybills[0].clientReferenceId", equalTo(ref(request)))));
  }

  @Test
  void voidingIsARejectionThatCallsNothing() {
    assertThatThrownBy(() -> carrier.cancel(CODE).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class)
        .hasMessageContaining("portal");
    assertThat(poste.getAllServeEvents()).isEmpty();
  }

  @Test
  void theReferenceIsTheShipmentIdInTwentyFiveCharacters() {
    UUID highest = new UUID(-1L, -1L);
    UUID lowest = new UUID(0L, 1L);

    assertThat(PosteWaybill.reference(highest)).isEqualTo("f5lxx1zz5pnorynqglhzmsp33");
    assertThat(PosteWaybill.reference(lowest)).isEqualTo("0000000000000000000000001");
  }

  @Test
  void linksToPostesTrackingPage() {
    assertThat(carrier.trackingUrl(CODE))
        .isEqualTo("https://www.poste.it/cerca/index.html#/risultati-spedizioni/" + CODE);
  }

  private void stubServerErrorThenCreated() {
    poste.stubFor(
        post(urlPathEqualTo(WAYBILL))
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    poste.stubFor(
        post(urlPathEqualTo(WAYBILL))
            .inScenario("outage")
            .whenScenarioStateIs("recovered")
            .willReturn(json(200, created())));
  }

  private String created() {
    return """
        {"result": {"errorCode": 0, "errorDescription": "OK"}, "costCenterCode": "CDC-00000001",
         "waybills": [{"code": "%s", "downloadURL": "%s/labels/%s.pdf?sv=signature",
                       "errorCode": 0, "errorDescription": ""}]}
        """
        .formatted(CODE, poste.baseUrl(), CODE);
  }

  private static String refused() {
    return """
        {"result": {"errorCode": 1, "errorDescription": "Errore validazione"},
         "waybills": [{"errorCode": 12, "errorDescription": "CAP non valido"}]}
        """;
  }

  private static String session() {
    return """
        {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
         "access_token": "token-1"}
        """;
  }

  private static ResponseDefinitionBuilder pdf() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(PDF);
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String ref(ShipmentRequest request) {
    return PosteWaybill.reference(request.reference());
  }

  private static ShipmentRequest request() {
    return request("IT");
  }

  private static ShipmentRequest request(String country) {
    LabelAddress sender =
        new LabelAddress("Shop Orders", List.of("Via Example 1"), "20121", "Milano", "MI", "IT");
    LabelAddress recipient =
        new LabelAddress(
            "Anna Bianchi", List.of("Corso Vercelli 3"), "10152", "Torino", "TO", country);
    return new ShipmentRequest(
        UUID.randomUUID(),
        "SO-1003",
        sender,
        recipient,
        "anna@example.org",
        "+39 333 765 4321",
        1200,
        "standard");
  }

  private record Config(String baseUrl, Duration timeout) implements PosteConfig {

    @Override
    public Optional<String> clientId() {
      return Optional.of("client");
    }

    @Override
    public Optional<String> clientSecret() {
      return Optional.of("secret");
    }

    @Override
    public Optional<String> scope() {
      return Optional.of("api://test/.default");
    }

    @Override
    public Optional<String> costCenter() {
      return Optional.of("CDC-00000001");
    }

    @Override
    public String product() {
      return "APT000902";
    }

    @Override
    public String printFormat() {
      return "1011";
    }

    @Override
    public int parcelHeightCm() {
      return 10;
    }

    @Override
    public int parcelLengthCm() {
      return 30;
    }

    @Override
    public int parcelWidthCm() {
      return 20;
    }

    @Override
    public String trackingUrl() {
      return "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{trackingCode}";
    }

    @Override
    public int lineLength() {
      return 30;
    }

    @Override
    public int streetLines() {
      return 1;
    }

    @Override
    public int maxWeightGrams() {
      return 30000;
    }
  }
}
