package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A producer cannot build an event that lacks a required field: every record of every payload,
 * nested ones included, refuses null for each required component with a message naming it.
 */
class RecordConstructorsTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyRequiredComponentRefusesNullAndSaysWhich(EventType type) {
    Map<Class<?>, Record> records = new LinkedHashMap<>();
    collect(Examples.payload(type), records);
    SoftAssertions softly = new SoftAssertions();

    for (Record record : records.values()) {
      for (RecordComponent component : requiredReferences(record)) {
        Throwable rejection = catchThrowable(() -> buildWithNull(record, component));

        softly
            .assertThat(rejection)
            .as(record.getClass().getSimpleName() + "." + component.getName())
            .isInstanceOf(NullPointerException.class)
            .hasMessageStartingWith(component.getName() + " is required");
      }
    }

    softly.assertAll();
    assertThat(records).containsKey(type.payloadType());
  }

  private static void collect(Object value, Map<Class<?>, Record> records) {
    if (value instanceof Record record && records.putIfAbsent(record.getClass(), record) == null) {
      Stream.of(record.getClass().getRecordComponents())
          .map(component -> valueOf(record, component))
          .forEach(child -> collect(child, records));
    } else if (value instanceof List<?> list) {
      list.forEach(element -> collect(element, records));
    }
  }

  private static List<RecordComponent> requiredReferences(Record record) {
    return Stream.of(record.getClass().getRecordComponents())
        .filter(component -> !component.getType().isPrimitive())
        .filter(RequiredFields::isRequired)
        .toList();
  }

  private static void buildWithNull(Record record, RecordComponent nulled) throws Throwable {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      boolean isNulled = components[i].getName().equals(nulled.getName());
      arguments[i] = isNulled ? null : valueOf(record, components[i]);
    }
    Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
    try {
      canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object valueOf(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
