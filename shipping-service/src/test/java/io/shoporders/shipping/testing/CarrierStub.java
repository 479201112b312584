package io.shoporders.shipping.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** A local stand-in for a carrier's HTTP API. */
public final class CarrierStub {

  private CarrierStub() {}

  /**
   * A WireMock server on a free loopback port. Plain-text HTTP/2 is off: the JDK client's h2c
   * upgrade against it can reset the stream of an error answer, while the real carriers speak
   * HTTPS, where HTTP/2 is agreed during the TLS handshake instead.
   */
  public static WireMockServer server() {
    return new WireMockServer(
        WireMockConfiguration.options()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .http2PlainDisabled(true));
  }
}
