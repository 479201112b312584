package io.shoporders.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;

/**
 * Turns envelopes into JSON and back. The only place that knows the JSON form of an event: services
 * hand it envelopes and strings, never build or pick apart JSON themselves. Thread-safe; one
 * instance can serve a whole service.
 *
 * <p>Reading is tolerant of what a newer producer may add (unknown fields are ignored) and strict
 * about everything else: a missing required field, a number sent as text or a fraction where an
 * integer belongs is an {@link InvalidEventException}; an unknown type or a newer payload version
 * is an {@link UnsupportedEventException}.
 */
public final class EventCodec {

  private final ObjectMapper mapper = newMapper();

  /** The envelope as the JSON text that goes into the outbox and, verbatim, onto Kafka. */
  public String encode(EventEnvelope<?> envelope) {
    try {
      return mapper.writeValueAsString(Require.present(envelope, "envelope"));
    } catch (JsonProcessingException e) {
      // Records of strings, numbers and enums always serialize; this means a broken build.
      throw new IllegalStateException("cannot encode " + envelope.type(), e);
    }
  }

  /** The event in the JSON, with its payload typed by the envelope's type. */
  public EventEnvelope<?> decode(String json) {
    JsonNode root = parse(json);
    EventType type = typeOf(root);
    requireSupportedVersion(root, type);

    RequiredFields.check(root, EventEnvelope.class, "");
    RequiredFields.check(root.get("payload"), type.payloadType(), "payload");
    return bind(root, type);
  }

  /** The event in the JSON, which must be of the type whose payload is {@code payloadType}. */
  @SuppressWarnings("unchecked") // checked just before: the payload is a P
  public <P extends EventPayload> EventEnvelope<P> decode(String json, Class<P> payloadType) {
    EventEnvelope<?> envelope = decode(json);
    if (!payloadType.isInstance(envelope.payload())) {
      throw new InvalidEventException(
          "type is " + envelope.type() + ", expected " + EventType.of(payloadType));
    }
    return (EventEnvelope<P>) envelope;
  }

  private JsonNode parse(String json) {
    if (json == null) {
      throw new InvalidEventException("event is empty: the record has no value");
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidEventException("event is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!root.isObject()) {
      throw new InvalidEventException("event must be a JSON object");
    }
    return root;
  }

  private static EventType typeOf(JsonNode root) {
    JsonNode type = root.get("type");
    if (type == null || type.isNull()) {
      throw new InvalidEventException("type is required");
    }
    if (!type.isTextual()) {
      throw new InvalidEventException("type must be a string, got " + type);
    }
    return EventType.named(type.asText())
        .orElseThrow(() -> new UnsupportedEventException("type " + type + " is unknown"));
  }

  private static void requireSupportedVersion(JsonNode root, EventType type) {
    JsonNode version = root.get("version");
    if (version == null || version.isNull()) {
      throw new InvalidEventException("version is required");
    }
    if (!version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
      throw new InvalidEventException("version must be a whole number from 1, got " + version);
    }
    if (!type.supports(version.intValue())) {
      throw new UnsupportedEventException(
          String.format(
              "version %s of %s is newer than %d, the newest this build reads",
              version, type, type.currentVersion()));
    }
  }

  private EventEnvelope<?> bind(JsonNode root, EventType type) {
    JavaType envelopeType =
        mapper.getTypeFactory().constructParametricType(EventEnvelope.class, type.payloadType());
    try {
      return mapper.treeToValue(root, envelopeType);
    } catch (JsonMappingException e) {
      throw new InvalidEventException(describe(e), e);
    } catch (JsonProcessingException e) {
      throw new InvalidEventException("event is not valid: " + e.getOriginalMessage(), e);
    }
  }

  private static String describe(JsonMappingException e) {
    String path = pathOf(e);
    // A record's constructor names the field it rejects, relative to that record.
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return path.isEmpty() ? e.getCause().getMessage() : path + "." + e.getCause().getMessage();
    }
    return (path.isEmpty() ? "event" : path) + " is not valid: " + firstClause(e);
  }

  /** The location of the failure as the catalogue writes it: payload.lines[0].sku. */
  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "." + ref.getFieldName())
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String firstClause(JsonMappingException e) {
    String message = e.getOriginalMessage();
    int hint = message.indexOf(" (");
    return hint > 0 ? message.substring(0, hint) : message;
  }

  private static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // A newer producer may add fields; an older consumer reads what it knows.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Money and counts are integers: 12.5 or "1250" is an error, never rounded or parsed.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, EventCodec::refuseScalarsAsText)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private static void refuseScalarsAsText(MutableCoercionConfig config) {
    config
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}
