package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.order.OrderPlaced;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventTypeTest {

  @Test
  void everyTypeHasItsOwnPayloadRecordNamedLikeIt() {
    for (EventType type : EventType.values()) {
      assertThat(type.payloadType().isRecord()).as(type.name()).isTrue();
      assertThat(type.payloadType().getSimpleName()).isEqualTo(type.name());
      assertThat(EventType.of(type.payloadType())).isEqualTo(type);
    }
  }

  @Test
  void topicIsTheTypeName() {
    assertThat(EventType.OrderPlaced.topic()).isEqualTo("OrderPlaced");
    assertThat(EventType.named("OrderPlaced")).contains(EventType.OrderPlaced);
    assertThat(EventType.named("orderplaced")).isEmpty();
  }

  @Test
  void onlyOrderPlacedAndProductChangedStartWithoutACause() {
    assertThat(Stream.of(EventType.values()).filter(type -> !type.hasCause()))
        .containsExactlyInAnyOrder(EventType.OrderPlaced, EventType.ProductChanged);
    assertThat(EventType.of(OrderPlaced.class).aggregate()).isEqualTo(Aggregate.ORDER);
  }

  @Test
  void everyTopicIsCreatedUpFrontWithTheDeadLetterTopics() {
    assertThat(Topics.all())
        .hasSize(EventType.values().length + Topics.CONSUMER_GROUPS.size())
        .contains("OrderPlaced", "ProductChanged", "payment-service.dlq")
        .doesNotHaveDuplicates();
  }
}
