package io.shoporders.shipping.carrier.gls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GlsCarrierTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String NUMBER = "612345678";
  private static final byte[] PDF = "%PDF-1.4\n%gls label\n".getBytes(StandardCharsets.US_ASCII);

  private final WireMockServer gls = CarrierStub.server();
  private GlsCarrier carrier;

  @BeforeEach
  void startGls() {
    gls.start();
    carrier = new GlsCarrier(new Config(gls.baseUrl(), Duration.ofSeconds(15)));
  }

  @AfterEach
  void stopGls() {
    gls.stop();
  }

  @Test
  void booksAParcelAndReturnsItsPdfLabelAndNumber() {
    ShipmentRequest request = request();
    gls.stubFor(post(urlPathEqualTo("/ListSped")).willReturn(xml(noParcels())));
    gls.stubFor(post(urlPathEqualTo("/AddParcel")).willReturn(xml(added())));

    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(NUMBER);
    assertThat(label.labelPdf()).isEqualTo(PDF);
    gls.verify(
        postRequestedFor(urlPathEqualTo("/AddParcel"))
            .withFormParam("XMLInfoParcel", containing("<SedeGls>MI</SedeGls>"))
            .withFormParam("XMLInfoParcel", containing("<CodiceContrattoGls>1234<"))
            .withFormParam("XMLInfoParcel", containing("<RagioneSociale>Mario Rossi &amp; C<"))
            .withFormParam("XMLInfoParcel", containing("<PesoReale>1,2</PesoReale>"))
            .withFormParam("XMLInfoParcel", containing("<GeneraPdf>4</GeneraPdf>"))
            .withFormParam("XMLInfoParcel", containing("<Cellulare1>3331234567<"))
            .withFormParam("XMLInfoParcel", containing("<Bda>" + counter(request) + "</Bda>")));
  }

  @Test
  void aParcelAnEarlierAttemptBookedIsReturnedWithoutBookingAgain() {
    ShipmentRequest request = request();
    gls.stubFor(post(urlPathEqualTo("/ListSped")).willReturn(xml(listed(counter(request)))));
    gls.stubFor(post(urlPathEqualTo("/GetPdf")).willReturn(xml(pdf())));

    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(NUMBER);
    assertThat(label.labelPdf()).isEqualTo(PDF);
    gls.verify(0, postRequestedFor(urlPathEqualTo("/AddParcel")));
    gls.verify(
        postRequestedFor(urlPathEqualTo("/GetPdf"))
            .withFormParam("ContatoreProgressivo", equalTo(Long.toString(counter(request))))
            .withFormParam("CodiceContratto", equalTo("1234")));
  }

  @Test
  void aRefusedParcelIsARejectionWithGlsReason() {
    gls.stubFor(post(urlPathEqualTo("/ListSped")).willReturn(xml(noParcels())));
    gls.stubFor(post(urlPathEqualTo("/AddParcel")).willReturn(xml(refused())));

    assertThatThrownBy(() -> carrier.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class)
        .hasMessageContaining("Localita' non conforme");
  }

  @Test
  void aParcelAbroadIsRejectedWithoutCallingGls() {
    ShipmentRequest request = request("DE");

    assertThatThrownBy(() -> carrier.book(request).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);
    assertThat(gls.getAllServeEvents()).isEmpty();
  }

  @Test
  void noAnswerInTimeIsUnavailable() {
    GlsCarrier impatient = new GlsCarrier(new Config(gls.baseUrl(), Duration.ofMillis(500)));
    gls.stubFor(post(urlPathEqualTo("/ListSped")).willReturn(xml(noParcels())));
    gls.stubFor(post(urlPathEqualTo("/AddParcel")).willReturn(xml(added()).withFixedDelay(2_000)));

    assertThatThrownBy(() -> impatient.book(request()).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);
  }

  @Test
  void aServerErrorIsUnavailableAndTheNextAttemptBooksTheSameCounter() {
    ShipmentRequest request = request();
    gls.stubFor(post(urlPathEqualTo("/ListSped")).willReturn(xml(noParcels())));
    stubServerErrorThenAdded();

    assertThatThrownBy(() -> carrier.book(request).await().atMost(WAIT))
        .isInstanceOf(CarrierUnavailableException.class);
    BookedLabel label = carrier.book(request).await().atMost(WAIT);

    assertThat(label.trackingCode()).isEqualTo(NUMBER);
    gls.verify(
        2,
        postRequestedFor(urlPathEqualTo("/AddParcel"))
            .withFormParam(
                "XMLInfoParcel", containing("<ContatoreProgressivo>" + counter(request) + "<")));
  }

  @Test
  void deletesTheParcelByItsNumber() {
    gls.stubFor(
        post(urlPathEqualTo("/DeleteSped")).willReturn(xml(sentence("Spedizione eliminata."))));

    carrier.cancel(NUMBER).await().atMost(WAIT);

    gls.verify(
        postRequestedFor(urlPathEqualTo("/DeleteSped"))
            .withFormParam("NumSpedizione", equalTo(NUMBER))
            .withFormParam("SedeGls", equalTo("MI"))
            .withFormParam("CodiceClienteGls", equalTo("123456"))
            .withFormParam("PasswordClienteGls", equalTo("secret")));
  }

  @Test
  void deletingAParcelGlsDoesNotKnowIsARejection() {
    String unknown = "Spedizione 600000000 non presente.";
    gls.stubFor(post(urlPathEqualTo("/DeleteSped")).willReturn(xml(sentence(unknown))));

    assertThatThrownBy(() -> carrier.cancel("600000000").await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class)
        .hasMessageContaining("non presente");
  }

  @Test
  void linksToGlsTrackingPageWithBranchAndNumber() {
    assertThat(carrier.trackingUrl(NUMBER))
        .isEqualTo(
            "https://www.gls-italy.com/?option=com_gls&view=track_e_trace&mode=search"
                + "&numero_spedizione=MI"
                + NUMBER
                + "&tipo_codice=nazionale");
  }

  private void stubServerErrorThenAdded() {
    gls.stubFor(
        post(urlPathEqualTo("/AddParcel"))
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("recovered"));
    gls.stubFor(
        post(urlPathEqualTo("/AddParcel"))
            .inScenario("outage")
            .whenScenarioStateIs("recovered")
            .willReturn(xml(added())));
  }

  private static String added() {
    return """
        <InfoLabel><Parcel>
          <Bda>1</Bda><NumeroSpedizione>%s</NumeroSpedizione><SiglaSedeDestino>MI</SiglaSedeDestino>
          <PdfLabel>%s</PdfLabel>
        </Parcel></InfoLabel>
        """
        .formatted(NUMBER, Base64.getEncoder().encodeToString(PDF));
  }

  private static String refused() {
    return """
        <InfoLabel><Parcel>
          <NumeroSpedizione>999999999</NumeroSpedizione>
          <NoteSpedizione>Localita' non conforme al CAP</NoteSpedizione>
        </Parcel></InfoLabel>
        """;
  }

  private static String noParcels() {
    return "<ListParcel></ListParcel>";
  }

  private static String listed(long counter) {
    return """
        <ListParcel>
          <Parcel><NumSpedizione>600000001</NumSpedizione><Ddt>42</Ddt></Parcel>
          <Parcel><NumSpedizione>%s</NumSpedizione><Ddt>%d</Ddt>
            <StatoSpedizione>IN ATTESA DI CHIUSURA.</StatoSpedizione></Parcel>
        </ListParcel>
        """
        .formatted(NUMBER, counter);
  }

  private static String pdf() {
    return "<base64Binary xmlns=\"https://labelservice.gls-italy.com/\">%s</base64Binary>"
        .formatted(Base64.getEncoder().encodeToString(PDF));
  }

  private static String sentence(String text) {
    return "<DeleteSped>%s</DeleteSped>".formatted(text);
  }

  private static ResponseDefinitionBuilder xml(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(body);
  }

  private static long counter(ShipmentRequest request) {
    return GlsParcel.counterOf(request.reference());
  }

  private static ShipmentRequest request() {
    return request("IT");
  }

  private static ShipmentRequest request(String country) {
    LabelAddress sender =
        new LabelAddress("Shop Orders", List.of("Via Example 1"), "20121", "Milano", "MI", "IT");
    LabelAddress recipient =
        new LabelAddress(
            "Mario Rossi & C", List.of("Via Dante 12"), "00184", "Roma", "RM", country);
    return new ShipmentRequest(
        UUID.randomUUID(),
        "SO-1002",
        sender,
        recipient,
        "mario@example.org",
        "+39 333 123 4567",
        1200,
        "standard");
  }

  private record Config(String baseUrl, Duration timeout) implements GlsConfig {

    @Override
    public Optional<String> branch() {
      return Optional.of("MI");
    }

    @Override
    public Optional<String> customerCode() {
      return Optional.of("123456");
    }

    @Override
    public Optional<String> password() {
      return Optional.of("secret");
    }

    @Override
    public Optional<String> contractCode() {
      return Optional.of("1234");
    }

    @Override
    public String trackingUrl() {
      return "https://www.gls-italy.com/?option=com_gls&view=track_e_trace&mode=search"
          + "&numero_spedizione={branch}{trackingCode}&tipo_codice=nazionale";
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
