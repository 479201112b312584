package io.shoporders.notification.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import io.shoporders.notification.config.NotificationConfig;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Qute engine set up as Quarkus sets it up (HTML escaped by file suffix, strict rendering,
 * standalone lines removed), reading the service's own templates, without starting Quarkus.
 */
final class TestEngine {

  private TestEngine() {}

  static MessageRenderer renderer(String defaultLanguage) {
    return renderer("Bottega Ünïcode", defaultLanguage);
  }

  static MessageRenderer renderer(String shopName, String defaultLanguage) {
    return new MessageRenderer(engine(), shop(shopName, defaultLanguage));
  }

  static Engine engine() {
    return Engine.builder()
        .addDefaults()
        .addValueResolver(new ReflectionValueResolver())
        .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
        .removeStandaloneLines(true)
        .strictRendering(true)
        .iterationMetadataPrefix("<alias_>")
        .addLocator(TestEngine::locate)
        .build();
  }

  private static Optional<TemplateLocation> locate(String id) {
    return Stream.of(id, id + ".html", id + ".txt")
        .map(
            name ->
                new Found(name, TestEngine.class.getClassLoader().getResource("templates/" + name)))
        .filter(found -> found.url() != null)
        .findFirst()
        .map(Found::location);
  }

  private record Found(String name, URL url) {

    TemplateLocation location() {
      String type = name.endsWith(".html") ? Variant.TEXT_HTML : Variant.TEXT_PLAIN;
      return new TemplateLocation() {
        @Override
        public Reader read() {
          try {
            return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        }

        @Override
        public Optional<Variant> getVariant() {
          return Optional.of(Variant.forContentType(type));
        }
      };
    }
  }

  private static NotificationConfig.Shop shop(String shopName, String defaultLanguage) {
    return new NotificationConfig.Shop() {
      @Override
      public String name() {
        return shopName;
      }

      @Override
      public String logoUrl() {
        return "https://shop.example/logo.png";
      }

      @Override
      public String defaultLanguage() {
        return defaultLanguage;
      }

      @Override
      public boolean sendsOrderConfirmed() {
        return true;
      }
    };
  }
}
