package io.shoporders.notification.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * A Twilio-style SMS API: a form POST of To, From and Body to {@code
 * <url>/Accounts/<sid>/Messages.json} with basic auth, answered 201 when the message is queued.
 */
final class TwilioSmsProvider implements SmsProvider {

  /** The provider's error codes for a number that cannot receive texts. */
  private static final Set<Integer> INVALID_NUMBER_CODES = Set.of(21211, 21214, 21614, 21610);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI messages;
  private final String authorization;
  private final String from;
  private final Duration timeout;

  TwilioSmsProvider(
      HttpClient http,
      String url,
      String accountSid,
      String authToken,
      String from,
      Duration timeout) {
    this.http = http;
    this.messages = URI.create(url + "/Accounts/" + accountSid + "/Messages.json");
    String credentials = accountSid + ":" + authToken;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    this.from = from;
    this.timeout = timeout;
  }

  @Override
  public Uni<Void> send(String phone, String text) {
    HttpRequest request =
        HttpRequest.newBuilder(messages)
            .timeout(timeout)
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(phone, text)))
            .build();
    return Uni.createFrom()
        .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .onFailure()
        .transform(failure -> SendFailure.transientFailure("provider_unavailable", failure))
        .invoke(TwilioSmsProvider::requireAccepted)
        .replaceWithVoid();
  }

  private String form(String phone, String text) {
    return "To=" + encoded(phone) + "&From=" + encoded(from) + "&Body=" + encoded(text);
  }

  private static void requireAccepted(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    if (status == 429 || status >= 500) {
      throw SendFailure.transientFailure("provider_unavailable", null);
    }
    if (INVALID_NUMBER_CODES.contains(errorCode(response.body()))) {
      throw SendFailure.permanent("invalid_phone", null);
    }
    throw SendFailure.permanent("provider_rejected", null);
  }

  private static int errorCode(String body) {
    try {
      JsonNode code = JSON.readTree(body).path("code");
      return code.isInt() ? code.intValue() : 0;
    } catch (IOException unreadable) {
      return 0;
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
