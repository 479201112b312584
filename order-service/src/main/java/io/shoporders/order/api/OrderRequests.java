package io.shoporders.order.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.contracts.CardNumbers;
import io.shoporders.order.domain.InvalidOrderException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads request bodies: JSON or a 400; nothing that looks like a card number anywhere in it, field
 * names included, or a 422 that names where; then the typed form.
 */
@ApplicationScoped
class OrderRequests {

  private static final String CARD_NUMBER = "looks like a card number: send the gateway's token";

  private final ObjectMapper mapper;

  OrderRequests(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A body read as a tree and checked for card numbers, with the hash of its content. */
  record Body(JsonNode json, String hash) {}

  Body read(String text) {
    JsonNode json = parse(text);
    refuseCardNumbers(json, "");
    return new Body(json, sha256(json.toString()));
  }

  <T> T as(Body body, Class<T> type) {
    try {
      return mapper.treeToValue(body.json(), type);
    } catch (JsonMappingException wrongShape) {
      throw new InvalidOrderException(path(wrongShape), "has the wrong type or shape");
    } catch (JsonProcessingException unreadable) {
      throw new MalformedRequestException(null, "the body is not valid JSON");
    }
  }

  private JsonNode parse(String text) {
    try {
      JsonNode json = text == null || text.isBlank() ? null : mapper.readTree(text);
      if (json == null || !json.isObject()) {
        throw new MalformedRequestException(null, "the body must be a JSON object");
      }
      return json;
    } catch (JsonProcessingException unreadable) {
      // The parser's message quotes the body, which may hold personal data: not passed on.
      throw new MalformedRequestException(null, "the body is not valid JSON");
    }
  }

  private static void refuseCardNumbers(JsonNode node, String path) {
    if (node.isValueNode() && CardNumbers.appearIn(node.asText())) {
      throw new InvalidOrderException(path, CARD_NUMBER);
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      refuseCardNumbers(node.get(i), path + "[" + i + "]");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (CardNumbers.appearIn(field.getKey())) {
        throw new InvalidOrderException(path.isEmpty() ? "body" : path, CARD_NUMBER);
      }
      refuseCardNumbers(field.getValue(), fieldPath);
    }
  }

  private static String path(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
