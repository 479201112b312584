package io.shoporders.inventory.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local WireMock server standing in for the warehouse's webhook and for a supplier whose webhook
 * fails. It serves every @QuarkusTest of the module, so they all share one application start.
 */
public class WebhookServer implements QuarkusTestResourceLifecycleManager {

  public static final String WAREHOUSE_SECRET = "test-warehouse-secret";
  public static final String FAILING_SUPPLIER = "failing-supplier";
  public static final String WAREHOUSE_PATH = "/warehouse/handoffs";
  public static final String FAILING_PATH = "/failing/handoffs";

  private static WireMockServer server;

  public static WireMockServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(post(urlEqualTo(WAREHOUSE_PATH)).willReturn(aResponse().withStatus(202)));
    server.stubFor(post(urlEqualTo(FAILING_PATH)).willReturn(aResponse().withStatus(503)));
    String base = "inventory.handoff.destinations.";
    return Map.of(
        base + "warehouse.adapter",
        "webhook",
        base + "warehouse.url",
        server.baseUrl() + WAREHOUSE_PATH,
        base + "warehouse.secret",
        WAREHOUSE_SECRET,
        base + FAILING_SUPPLIER + ".adapter",
        "webhook",
        base + FAILING_SUPPLIER + ".url",
        server.baseUrl() + FAILING_PATH,
        base + FAILING_SUPPLIER + ".secret",
        "test-supplier-secret");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
