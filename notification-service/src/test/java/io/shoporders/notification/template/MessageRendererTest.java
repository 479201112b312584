package io.shoporders.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.notification.Orders;
import io.shoporders.notification.domain.GsmSegment;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

  private static final Customer GIULIA = Orders.customer("Giulia Rossi", "giulia@shop.test", "it");
  private static final Customer JOHN = Orders.customer("John Smith", "john@shop.test", "en");

  private final MessageRenderer renderer = TestEngine.renderer("en");

  @Test
  void orderReceivedInItalianListsLinesAndTotalsInItalianMoney() {
    // given
    var placed = Orders.placed(GIULIA);

    // when
    Message message = renderer.orderReceived(placed);

    // then
    assertThat(message.kind()).isEqualTo(NotificationKind.ORDER_RECEIVED);
    assertThat(message.channel()).isEqualTo(Channel.EMAIL);
    assertThat(message.recipient()).isEqualTo("giulia@shop.test");
    assertThat(message.language()).isEqualTo("it");
    assertThat(message.subject())
        .isEqualTo("Bottega Ünïcode: abbiamo ricevuto l'ordine SO-2026-000123");
    assertThat(message.text())
        .contains("Ciao Giulia Rossi,")
        .contains("- Sedia d'autore x 2: € 1.198,00")
        .contains("- Espresso cups x 1: € 29,00")
        .contains("Spedizione: € 7,50")
        .contains("Totale (IVA inclusa): € 1.234,50")
        .contains("Via Roma 12")
        .contains("20121 Milano (MI)")
        .contains("Italia");
    assertThat(message.html())
        .contains("<html lang=\"it\">")
        .contains("<img src=\"https://shop.example/logo.png\" alt=\"Bottega Ünïcode\"")
        .contains("Sedia d&#39;autore &times; 2")
        .contains("<strong>€ 1.234,50</strong>")
        .contains("SO-2026-000123");
  }

  @Test
  void orderReceivedInEnglishWritesMoneyTheEnglishWay() {
    // given
    var placed = Orders.placed(JOHN);

    // when
    Message message = renderer.orderReceived(placed);

    // then
    assertThat(message.subject())
        .isEqualTo("Bottega Ünïcode: we have received order SO-2026-000123");
    assertThat(message.text())
        .contains("Hello John Smith,")
        .contains("- Sedia d'autore x 2: €1,198.00")
        .contains("Shipping: €7.50")
        .contains("Total (VAT included): €1,234.50")
        .contains("Italy");
    assertThat(message.html()).contains("<strong>€1,234.50</strong>").contains("lang=\"en\"");
  }

  @Test
  void orderConfirmedInBothLanguagesStatesTheAuthorizedTotal() {
    // when
    Message italian = renderer.orderConfirmed(Orders.confirmed(GIULIA));
    Message english = renderer.orderConfirmed(Orders.confirmed(JOHN));

    // then
    assertThat(italian.subject()).contains("pagamento confermato").contains(Orders.NUMBER);
    assertThat(italian.text()).contains("il pagamento di € 1.234,50 per l'ordine SO-2026-000123");
    assertThat(italian.html()).contains("<strong>€ 1.234,50</strong>");
    assertThat(english.subject()).contains("payment confirmed").contains(Orders.NUMBER);
    assertThat(english.text()).contains("your payment of €1,234.50 for order SO-2026-000123");
  }

  @Test
  void cancelledWithoutChargeTellsTheReasonAndThatNothingWasCharged() {
    // given
    var declined = Orders.cancelled(GIULIA, CancellationReason.PAYMENT_DECLINED, false);
    var outOfStock = Orders.cancelled(JOHN, CancellationReason.OUT_OF_STOCK, false);

    // when
    Message italian = renderer.orderCancelled(declined);
    Message english = renderer.orderCancelled(outOfStock);

    // then
    assertThat(italian.subject())
        .isEqualTo("Bottega Ünïcode: l'ordine SO-2026-000123 è stato annullato");
    assertThat(italian.text())
        .contains("è stato annullato: il pagamento non è stato autorizzato.")
        .contains("Non ti è stato addebitato nulla.");
    assertThat(italian.html()).contains("Non ti è stato addebitato nulla.");
    assertThat(english.text())
        .contains("has been cancelled: some items are no longer available.")
        .contains("You were not charged.");
    assertThat(english.html()).contains("<p>You were not charged.</p>");
  }

  @Test
  void cancelledAfterACaptureAnnouncesTheRefundInsteadOfNoCharge() {
    // given
    var cancelled = Orders.cancelled(JOHN, CancellationReason.CUSTOMER_REQUEST, true);

    // when
    Message message = renderer.orderCancelled(cancelled);

    // then
    assertThat(message.text())
        .contains("you asked us to cancel it.")
        .contains("We are refunding the full amount of €1,234.50")
        .doesNotContain("not charged");
    assertThat(message.html()).contains("<strong>€1,234.50</strong>").doesNotContain("not charged");
  }

  @Test
  void aCancellationAPersonAskedForPromisesARefundShouldACaptureHaveCrossedIt() {
    // given: no capture recorded, but a person's cancellation can cross one (contracts)
    var byCustomer = Orders.cancelled(GIULIA, CancellationReason.CUSTOMER_REQUEST, false);
    var byOperator = Orders.cancelled(JOHN, CancellationReason.OPERATOR_REQUEST, false);

    // when
    Message italian = renderer.orderCancelled(byCustomer);
    Message english = renderer.orderCancelled(byOperator);

    // then
    assertThat(italian.text())
        .contains("Non ti verrà addebitato nulla per questo ordine.")
        .contains("ti sarà rimborsato per intero")
        .doesNotContain("Non ti è stato addebitato nulla.");
    assertThat(english.text())
        .contains("You will not be charged for this order.")
        .contains("it is refunded in full")
        .doesNotContain("You were not charged.");
    assertThat(english.html()).contains("it is refunded in full");
  }

  @Test
  void everyCancellationReasonHasItsOwnSentenceInEachLanguage() {
    for (CancellationReason reason : CancellationReason.values()) {
      // when
      String italian = renderer.orderCancelled(Orders.cancelled(GIULIA, reason, false)).text();
      String english = renderer.orderCancelled(Orders.cancelled(JOHN, reason, false)).text();

      // then
      assertThat(italian).as(reason.name()).containsPattern("annullato: [a-z].+\\.");
      assertThat(english).as(reason.name()).containsPattern("cancelled: [a-z].+\\.");
    }
  }

  @Test
  void shippedByEmailGivesCarrierTrackingCodeAndLink() {
    // when
    Message italian = renderer.orderShipped(Orders.shipped(GIULIA));
    Message english = renderer.orderShipped(Orders.shipped(JOHN));

    // then
    assertThat(italian.channel()).isEqualTo(Channel.EMAIL);
    assertThat(italian.subject()).isEqualTo("Bottega Ünïcode: l'ordine SO-2026-000123 è partito");
    assertThat(italian.text())
        .contains("è partito con BRT.")
        .contains("Codice di tracciamento: BRT123456789")
        .contains("Segui il pacco: https://tracking.example/BRT123456789");
    assertThat(italian.html())
        .contains("<strong>BRT123456789</strong>")
        .contains("<a href=\"https://tracking.example/BRT123456789\">Segui il pacco</a>");
    assertThat(english.text())
        .contains("has shipped with BRT.")
        .contains("Tracking code: BRT123456789")
        .contains("Follow your parcel: https://tracking.example/BRT123456789");
  }

  @Test
  void shippedToACustomerWhoChoseSmsIsOneSegmentWithTheTrackingCode() {
    // given
    var customer = Orders.smsCustomer("Giulia Rossi", "giulia@shop.test", "it");

    // when
    Message message = TestEngine.renderer("Bottega", "en").orderShipped(Orders.shipped(customer));

    // then
    assertThat(message.channel()).isEqualTo(Channel.SMS);
    assertThat(message.recipient()).isEqualTo("+393331234567");
    assertThat(message.subject()).isNull();
    assertThat(message.html()).isNull();
    assertThat(message.text())
        .isEqualTo(
            "Bottega: ordine SO-2026-000123 partito con BRT. Tracciamento BRT123456789:"
                + " https://tracking.example/BRT123456789");
    assertThat(GsmSegment.fitsOne(message.text())).isTrue();
  }

  @Test
  void anSmsThatWouldTakeTwoSegmentsFallsBackToTheShortText() {
    // given a shop name outside the GSM alphabet, which limits a segment to 70 characters
    var customer = Orders.smsCustomer("Giulia Rossi", "giulia@shop.test", "en");

    // when
    Message message = renderer.orderShipped(Orders.shipped(customer));

    // then
    assertThat(message.text())
        .isEqualTo("Order SO-2026-000123 shipped. https://tracking.example/BRT123456789");
    assertThat(GsmSegment.fitsOne(message.text())).isTrue();
  }

  @Test
  void namesInAnyScriptRenderInBothParts() {
    // given
    var customer = Orders.customer("Zoë D'Amico 山田花子", "zoe@shop.test", "it");

    // when
    Message message = renderer.orderReceived(Orders.placed(customer));

    // then
    assertThat(message.text()).contains("Ciao Zoë D'Amico 山田花子,");
    assertThat(message.html()).contains("Ciao Zoë D&#39;Amico 山田花子,");
  }

  @Test
  void markupInANameIsEscapedInHtmlAndKeptAsTypedInText() {
    // given
    var customer = Orders.customer("<b>Eve</b> & co", "eve@shop.test", "en");

    // when
    Message message = renderer.orderConfirmed(Orders.confirmed(customer));

    // then
    assertThat(message.html()).contains("&lt;b&gt;Eve&lt;/b&gt; &amp; co").doesNotContain("<b>Eve");
    assertThat(message.text()).contains("Hello <b>Eve</b> & co,");
  }

  @Test
  void aLanguageTheShopDoesNotWriteFallsBackToTheShopDefault() {
    // given
    var german = Orders.customer("Hans Müller", "hans@shop.test", "de-CH");
    var swissItalian = Orders.customer("Lia Conti", "lia@shop.test", "it-CH");

    // when
    Message toHans = TestEngine.renderer("it").orderConfirmed(Orders.confirmed(german));
    Message toLia = renderer.orderConfirmed(Orders.confirmed(swissItalian));

    // then
    assertThat(toHans.language()).isEqualTo("it");
    assertThat(toHans.text()).contains("Ciao Hans Müller,");
    assertThat(toLia.language()).isEqualTo("it");
  }
}
