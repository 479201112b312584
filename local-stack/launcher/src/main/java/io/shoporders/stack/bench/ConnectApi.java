package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;

/** The few calls of Kafka Connect's REST API the relay baseline makes. */
final class ConnectApi {

  private final ObjectMapper json = new ObjectMapper();
  private final BenchHttp http;
  private final String connectUrl;

  ConnectApi(BenchHttp http, String connectUrl) {
    this.http = http;
    this.connectUrl = connectUrl;
  }

  void create(String name, JsonNode config) throws IOException {
    expect(http.call("PUT", url(name) + "/config", json.writeValueAsString(config)), name);
  }

  void pause(String name) throws IOException {
    expect(http.call("PUT", url(name) + "/pause", null), name);
  }

  void resume(String name) throws IOException {
    expect(http.call("PUT", url(name) + "/resume", null), name);
  }

  void delete(String name) throws IOException {
    http.call("DELETE", url(name), null);
  }

  /** Waits up to a minute for the connector and all its tasks to be in the state. */
  void awaitState(String name, String state) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> status = http.call("GET", url(name) + "/status", null);
      last = status.body();
      if (status.statusCode() == 200 && RelayBaseline.allIn(json.readTree(last), state)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IOException("connector " + name + " did not reach " + state + ": " + last);
  }

  private String url(String name) {
    return connectUrl + "/connectors/" + name;
  }

  private static void expect(HttpResponse<String> response, String name) throws IOException {
    if (response.statusCode() >= 300) {
      throw new IOException("Connect refused a call on " + name + ": " + response.body());
    }
  }
}
