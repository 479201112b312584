package io.shoporders.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GreenMail: a real SMTP and IMAP server that keeps every message it receives and delivers nothing
 * onwards. Any address is accepted, and each recipient's mailbox can be read over IMAP (any
 * password) or through its REST API. Mail lives in memory and is gone after `down`.
 */
final class MailServer extends ProcessPart {

  static final String NAME = "mail";

  MailServer(StackSettings settings, Processes processes) {
    super(NAME, settings, processes, Duration.ofSeconds(10));
  }

  @Override
  public void start() throws Exception {
    List<String> command =
        new JavaCommand(settings, NAME, "128m")
            .arg(
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + settings.port(StackSettings.SMTP_PORT),
                "-Dgreenmail.imap.port=" + settings.port(StackSettings.IMAP_PORT),
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + settings.port(StackSettings.MAIL_API_PORT),
                "-Dgreenmail.auth.disabled",
                "-jar",
                settings.dist().resolve("bin/greenmail-standalone.jar").toString())
            .toList();
    processes.start(NAME, command, Map.of());
  }

  @Override
  public boolean healthy() {
    return Http.ok(apiUrl() + "/api/service/readiness");
  }

  @Override
  public List<String> endpoints() {
    return List.of(
        "smtp://127.0.0.1:"
            + settings.port(StackSettings.SMTP_PORT)
            + "  imap://127.0.0.1:"
            + settings.port(StackSettings.IMAP_PORT)
            + "  (any user, any password)",
        apiUrl() + "  (mailboxes: GET /api/user/{email}/messages/INBOX)");
  }

  private String apiUrl() {
    return "http://127.0.0.1:" + settings.port(StackSettings.MAIL_API_PORT);
  }
}
