package io.shoporders.shipping.carrier.poste;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The parts of a waybill answer this adapter reads; errorCode 0 means success. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PosteAnswer(Result result, List<Waybill> waybills) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Result(int errorCode, String errorDescription) {

    boolean failed() {
      return errorCode != 0;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Waybill(String code, String downloadURL, int errorCode, String errorDescription) {}

  /** Whether the call or any waybill reports an error. */
  boolean failed() {
    return (result != null && result.failed()) || waybillStream().anyMatch(w -> w.errorCode() != 0);
  }

  /** What Poste found wrong, for the failure reason an operator reads. */
  String problems() {
    String problems =
        Stream.concat(
                Stream.ofNullable(result).map(r -> message(r.errorCode(), r.errorDescription())),
                waybillStream().map(w -> message(w.errorCode(), w.errorDescription())))
            .filter(Objects::nonNull)
            .collect(Collectors.joining("; "));
    return problems.isEmpty() ? "no details" : problems;
  }

  private Stream<Waybill> waybillStream() {
    return waybills == null ? Stream.empty() : waybills.stream();
  }

  private static String message(int code, String description) {
    return code == 0 ? null : code + " " + description;
  }
}
