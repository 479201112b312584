package io.shoporders.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.Channel;
import io.shoporders.notification.Orders;
import org.junit.jupiter.api.Test;

class ChannelChoiceTest {

  @Test
  void onlyTheShippedMessageGoesBySmsToACustomerWhoChoseSms() {
    // given
    var bySms = Orders.smsCustomer("Giulia Rossi", "giulia@shop.test", "it");

    // when / then
    assertThat(ChannelChoice.of(NotificationKind.ORDER_SHIPPED, bySms)).isEqualTo(Channel.SMS);
    assertThat(ChannelChoice.of(NotificationKind.ORDER_RECEIVED, bySms)).isEqualTo(Channel.EMAIL);
    assertThat(ChannelChoice.of(NotificationKind.ORDER_CANCELLED, bySms)).isEqualTo(Channel.EMAIL);
  }

  @Test
  void aCustomerWhoChoseEmailGetsEverythingByEmail() {
    // given
    var byEmail = Orders.customer("John Smith", "john@shop.test", "en");

    // when / then
    for (NotificationKind kind : NotificationKind.values()) {
      assertThat(ChannelChoice.of(kind, byEmail)).isEqualTo(Channel.EMAIL);
    }
  }
}
