package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP to the services, with Jackson on both sides. */
final class JsonHttp {

  /** An answer: its status and its body, or a missing node when it had none. */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ObjectMapper json;

  JsonHttp(ObjectMapper json) {
    this.json = json;
  }

  Answer get(String url) throws IOException {
    return send(request(url).GET());
  }

  /** The body of a 200 answer, or null for a 404; anything else is an error. */
  JsonNode find(String url) throws IOException {
    Answer answer = get(url);
    if (answer.status() == 404) {
      return null;
    }
    if (!answer.ok()) {
      throw new IOException("GET " + url + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body();
  }

  Answer post(String url, Object body, Map<String, String> headers) throws IOException {
    HttpRequest.Builder request = request(url).POST(bodyOf(body));
    headers.forEach(request::header);
    return send(request.header("Content-Type", "application/json"));
  }

  Answer put(String url, Object body) throws IOException {
    return send(request(url).PUT(bodyOf(body)).header("Content-Type", "application/json"));
  }

  private HttpRequest.BodyPublisher bodyOf(Object body) throws IOException {
    return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
  }

  private static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
  }

  private Answer send(HttpRequest.Builder builder) throws IOException {
    HttpResponse<byte[]> response = exchange(builder.build());
    byte[] body = response.body();
    JsonNode node = body.length == 0 ? json.missingNode() : json.readTree(body);
    return new Answer(response.statusCode(), node);
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ServiceUnreachable(request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
