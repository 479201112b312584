package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private HttpServer stack;

  private final AtomicInteger retries = new AtomicInteger();

  @AfterEach
  void stopTheStack() {
    if (stack != null) {
      stack.stop(0);
    }
  }

  @Test
  void aStoppedWhileOrdersArePlacedEndsTheRunWithOneLine() throws Exception {
    stack = fakeStackThatStopsAfter(5);
    Demo demo = new Demo(urlsOf(stack), new PrintStream(new ByteArrayOutputStream(), true));

    assertThatThrownBy(() -> demo.run(Path.of("../demo-data"), fast(), home.resolve("s.json")))
        .isInstanceOf(Demo.Stopped.class)
        .hasMessageStartingWith("./shop demo stopped: order-service stopped answering (")
        .hasMessageContaining("while placing orders (")
        .hasMessageContaining("of 320 placed); was the stack stopped?")
        .hasMessageNotContaining("\n");
  }

  @Test
  void theLastRunsOpenOrdersAreAwaitedOnlyUntilTheTimeoutWhichIsSaid() throws Exception {
    stack = fakeStackThatStopsAfter(5);
    Files.writeString(home.resolve("placed-orders.txt"), "run1 demo-1 o-1\nrun1 demo-2 o-2\n");
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    Demo demo = new Demo(urlsOf(stack), new PrintStream(said, true));

    assertThatThrownBy(() -> demo.run(Path.of("../demo-data"), fast(), home.resolve("s.json")))
        .isInstanceOf(Demo.Stopped.class)
        .hasMessage(
            "./shop demo stopped: 2 orders of the last run are still open after 2 s (the first,"
                + " o-1, is PLACED), so the stock was left as it is; ./shop demo --timeout 4"
                + " waits longer, ./shop up --clean starts from an empty stack");
    assertThat(retries).hasValue(2);
    assertThat(said.toString(StandardCharsets.UTF_8))
        .contains("2 orders of the last run are not shipped or cancelled yet")
        .contains("retried 2 label bookings that a stop had cut off")
        .contains("the demo waits for them, 2 s at most (--timeout)");
  }

  @Test
  void aServiceThatNothingAnswersForIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/orders/1";

    assertThatThrownBy(() -> new JsonHttp(JSON).get(url))
        .isInstanceOf(ServiceUnreachable.class)
        .hasMessageStartingWith(url + " gave no answer: ");
  }

  private static DemoOptions fast() {
    return new DemoOptions(200, Duration.ofSeconds(2));
  }

  private static ServiceUrls urlsOf(HttpServer server) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    return new ServiceUrls(url, url, url, url, url);
  }

  /**
   * All five services on one port: the catalogue is taken, order-service knows it at once, every
   * shipment is stuck BOOKING, and after {@code orders} orders the whole stack stops, as under
   * ./shop down.
   */
  private HttpServer fakeStackThatStopsAfter(int orders) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger accepted = new AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
          String path = exchange.getRequestURI().getPath();
          if (path.endsWith("/retry")) {
            retries.incrementAndGet();
            answer(exchange, 200, Map.of());
          } else if (path.startsWith("/shipments/")) {
            answer(exchange, 200, Map.of("status", "BOOKING"));
          } else if (!path.equals("/orders")) {
            answer(exchange, 200, Map.of("onHand", 1, "status", "PLACED"));
          } else if (body.path("lines").toString().contains("DEMO-NEVER-ON-SALE")) {
            String field = "lines[" + (body.path("lines").size() - 1) + "].sku";
            answer(exchange, 422, Map.of("field", field));
          } else if (accepted.incrementAndGet() <= orders) {
            answer(exchange, 202, Map.of("orderId", UUID.randomUUID().toString()));
          } else {
            new Thread(() -> server.stop(0)).start();
            exchange.close();
          }
        });
    server.start();
    return server;
  }

  private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
