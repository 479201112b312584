package io.shoporders.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventHeaders;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.Examples;
import io.shoporders.contracts.OutboxRow;
import io.shoporders.contracts.Topics;
import io.shoporders.contracts.order.CancellationReason;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue a reader opens: the README and the AsyncAPI document say everything. */
class CatalogueDocumentsTest {

  private static final List<String> DIAGRAMS =
      List.of(
          "Happy path",
          "Payment declined",
          "Stock runs out after the authorization",
          "Capture fails after the label exists",
          "A customer or an operator cancels, at each stage",
          "A label arrives after the cancellation",
          "A capture crosses the cancellation");

  private final String readme = PublishedDocuments.read(PublishedDocuments.README);

  @Test
  void readmeSagaTableHasARowForEveryEventType() {
    String sagaTable = section("saga");

    assertThat(Stream.of(EventType.values()))
        .allSatisfy(type -> assertThat(sagaTable).contains("| [" + type + "](#"));
  }

  @Test
  void readmeDescribesThePayloadOfEveryEventType() {
    String payloads = section("payloads");

    assertThat(Stream.of(EventType.values()))
        .allSatisfy(type -> assertThat(payloads).contains("### " + type + "\n"));
  }

  @Test
  void readmeDrawsTheHappyPathAndEveryCompensationPath() {
    for (String diagram : DIAGRAMS) {
      assertThat(readme).as(diagram).contains("#### " + diagram + "\n");
      String after = readme.substring(readme.indexOf("#### " + diagram + "\n"));

      assertThat(after.indexOf("```mermaid")).as(diagram).isBetween(0, 400);
    }
  }

  @Test
  void readmeNamesEveryReasonHeaderAndOutboxColumn() {
    List<String> names = new ArrayList<>();
    Stream.of(CancellationReason.values()).forEach(reason -> names.add(reason.name()));
    names.addAll(EventHeaders.EVENT);
    names.addAll(EventHeaders.DEAD_LETTER);
    names.addAll(List.of(OutboxRow.TABLE, "aggregate_type", "aggregate_id", "traceparent"));

    assertThat(readme).contains(names);
  }

  @Test
  void readmeExampleIsAValidOrderPlacedEvent() {
    Matcher json = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(section("example"));

    assertThat(json.find()).isTrue();
    assertThat(new EventCodec().decode(json.group(1)))
        .isEqualTo(Examples.envelope(EventType.OrderPlaced));
  }

  @Test
  void asyncApiHasAChannelPerTopicAndAMessagePerEvent() throws IOException {
    JsonNode asyncApi = new YAMLMapper().readTree(Files.readString(PublishedDocuments.ASYNCAPI));

    assertThat(asyncApi.get("asyncapi").asText()).startsWith("3.");
    assertThat(asyncApi.get("channels").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrderElementsOf(Topics.all());
    assertThat(asyncApi.at("/components/messages").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            Stream.of(EventType.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void asyncApiMessagesReferenceSchemaFilesThatExist() throws IOException {
    JsonNode asyncApi = new YAMLMapper().readTree(Files.readString(PublishedDocuments.ASYNCAPI));

    for (EventType type : EventType.values()) {
      JsonNode allOf = asyncApi.at("/components/messages/" + type + "/payload/schema/allOf");
      String payloadRef = allOf.get(1).at("/properties/payload/$ref").asText();

      assertThat(PublishedDocuments.ASYNCAPI.resolveSibling(payloadRef)).as(type.name()).exists();
    }
  }

  private String section(String name) {
    int start = readme.indexOf("<!-- generated:" + name + " -->");
    int end = readme.indexOf("<!-- /generated:" + name + " -->");
    assertThat(start).as("README section " + name).isNotNegative().isLessThan(end);
    return readme.substring(start, end);
  }
}
