package io.shoporders.inventory.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read as they are typed, as EventCodec reads events: 29.90, "100" or true where
 * an integer belongs is refused, never truncated to 29 or parsed, and likewise for true or false
 * and for text. A refused value reaches {@link UnreadableBodyMapper}.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
