package io.shoporders.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Logging of the broker and the Connect worker: INFO to standard output, which is their log. */
final class Log4jConfig {

  private Log4jConfig() {}

  static Path write(Path dir) throws IOException {
    Path file = dir.resolve("log4j2.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "appender.out.type=Console",
            "appender.out.name=out",
            "appender.out.layout.type=PatternLayout",
            "appender.out.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n",
            "rootLogger.level=INFO",
            "rootLogger.appenderRef.out.ref=out",
            // Configuration dumps at every client start say nothing an operator needs.
            "logger.config.name=org.apache.kafka.common.config.AbstractConfig",
            "logger.config.level=WARN",
            // While the broker is away, clients log every reconnection attempt: thousands a minute.
            "logger.clients.name=org.apache.kafka.clients",
            "logger.clients.level=WARN",
            ""));
    return file;
  }
}
