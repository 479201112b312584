package io.shoporders.inventory.handoff;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.shoporders.inventory.InventoryConfig;
import io.shoporders.inventory.domain.WebhookSignature;
import io.shoporders.inventory.persistence.HandoffEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Posts a hand-off to its destination's webhook, signed, and tells how the attempt went. */
@ApplicationScoped
class WebhookDelivery {

  /** How one attempt ended: the response code when there was one, and a short outcome. */
  record Attempt(boolean delivered, Integer statusCode, String outcome) {}

  private final InventoryConfig config;
  private final Clock clock;
  private final Map<URI, WebhookClient> clients = new ConcurrentHashMap<>();

  WebhookDelivery(InventoryConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  Uni<Attempt> deliver(HandoffEntity handoff) {
    InventoryConfig.Destination destination =
        config.handoff().destinations().get(handoff.destination);
    if (destination == null || destination.url().isEmpty() || destination.secret().isEmpty()) {
      return Uni.createFrom().item(new Attempt(false, null, "destination has no url or secret"));
    }
    long now = clock.instant().getEpochSecond();
    String signature = WebhookSignature.sign(destination.secret().get(), now, handoff.body);
    Executor caller = callerContext();
    return client(destination.url().get())
        .deliver(signature, Long.toString(now), handoff.id.toString(), handoff.body)
        .onFailure(WebApplicationException.class)
        .recoverWithItem(failure -> ((WebApplicationException) failure).getResponse())
        .map(WebhookDelivery::attempt)
        .onFailure()
        .recoverWithItem(failure -> new Attempt(false, null, failure.getClass().getSimpleName()))
        .emitOn(caller);
  }

  /**
   * Runs continuations on the caller's Vert.x context: the client may answer an error on a worker
   * thread, and the reactive session of the caller's transaction may only be used on its own.
   */
  private static Executor callerContext() {
    Context context = Vertx.currentContext();
    if (context == null) {
      return Runnable::run;
    }
    return command -> context.runOnContext(ignored -> command.run());
  }

  private static Attempt attempt(Response response) {
    int code = response.getStatus();
    boolean delivered = code >= 200 && code < 300;
    return new Attempt(delivered, code, delivered ? "accepted" : "refused with " + code);
  }

  private WebhookClient client(URI url) {
    return clients.computeIfAbsent(url, this::newClient);
  }

  private WebhookClient newClient(URI url) {
    long timeout = config.handoff().timeout().toMillis();
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(url)
        .connectTimeout(timeout, TimeUnit.MILLISECONDS)
        .readTimeout(timeout, TimeUnit.MILLISECONDS)
        .build(WebhookClient.class);
  }
}
