package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  @Test
  void theLoadStopsAtOnceWhenOrderServiceIsStoppedUnderIt() throws Exception {
    HttpServer orderService = orderServiceThatStopsAfter(3);
    String url = "http://127.0.0.1:" + orderService.getAddress().getPort();
    ArrivalSchedule tenSeconds = new ArrivalSchedule(50, Duration.ZERO, Duration.ofSeconds(10));
    IntakeLog log = new IntakeLog();
    long start = System.nanoTime();

    try (BenchHttp http = new BenchHttp()) {
      assertThatThrownBy(
              () -> new LoadGenerator(http, url).run(tenSeconds, new OrderBodies("t"), log, 5))
          .isInstanceOf(IOException.class)
          .hasMessage(url + "/orders refused the connection");
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(log.measured()).hasSizeLessThan(500);
  }

  @Test
  void aStoppedStackEndsTheBenchWithOneLine() {
    assertThat(Bench.stoppedMessage("Connection refused"))
        .isEqualTo(
            "./shop bench stopped: order-service stopped answering (Connection refused); was the"
                + " stack stopped? No figures were written");
  }

  private static HttpServer orderServiceThatStopsAfter(int orders) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger accepted = new AtomicInteger();
    server.createContext(
        "/orders",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          if (accepted.incrementAndGet() > orders) {
            new Thread(() -> server.stop(0)).start();
            exchange.close();
            return;
          }
          byte[] body =
              ("{\"orderId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(202, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return server;
  }
}
