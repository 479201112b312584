package io.shoporders.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Finds the first required field missing from an incoming JSON tree, walking it along the records.
 * Done before binding because a missing number would otherwise silently read as zero, and so that
 * the error names the field's full path.
 */
final class RequiredFields {

  private RequiredFields() {}

  /** Whether a record component must be present: primitives always, others unless optional. */
  static boolean isRequired(RecordComponent component) {
    return component.getType().isPrimitive() || !component.isAnnotationPresent(OptionalField.class);
  }

  /** Throws {@link InvalidEventException} naming the first missing required field. */
  static void check(JsonNode object, Class<?> recordType, String path) {
    for (RecordComponent component : recordType.getRecordComponents()) {
      String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
      JsonNode value = object.get(component.getName());
      if (value == null || value.isNull()) {
        requireOptional(component, at);
      } else {
        descend(value, component.getGenericType(), at);
      }
    }
  }

  private static void requireOptional(RecordComponent component, String path) {
    if (isRequired(component)) {
      throw new InvalidEventException(path + " is required");
    }
  }

  private static void descend(JsonNode value, Type type, String path) {
    if (type instanceof Class<?> recordType && recordType.isRecord() && value.isObject()) {
      check(value, recordType, path);
    } else if (isList(type) && value.isArray()) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isNull()) {
          throw new InvalidEventException(path + "[" + i + "] is required");
        }
        descend(value.get(i), element, path + "[" + i + "]");
      }
    }
    // Anything else, a value of the wrong shape included, is left to the binding to judge.
  }

  private static boolean isList(Type type) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == List.class;
  }
}
