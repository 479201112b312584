package io.shoporders.shipping.carrier.dhl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.stream.Collectors;

/** The parts of a Parcel DE Shipping API answer this adapter reads; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DhlAnswer(Status status, List<Item> items) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Status(String title, Integer statusCode, String detail) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(String shipmentNo, Label label, List<ValidationMessage> validationMessages) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Label(String b64, String fileFormat) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ValidationMessage(String property, String validationMessage, String validationState) {}

  /** What DHL found wrong, field by field, for the failure reason an operator reads. */
  String problems() {
    String messages =
        items == null
            ? ""
            : items.stream()
                .filter(item -> item.validationMessages() != null)
                .flatMap(item -> item.validationMessages().stream())
                .map(message -> message.property() + ": " + message.validationMessage())
                .collect(Collectors.joining("; "));
    if (!messages.isEmpty()) {
      return messages;
    }
    return status == null ? "no details" : status.title() + ": " + status.detail();
  }
}
