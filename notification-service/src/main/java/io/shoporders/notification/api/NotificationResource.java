package io.shoporders.notification.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.notification.persistence.NotificationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** The messages sent, or not, about an order. */
@Path("/notifications")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class NotificationResource {

  private final NotificationRepository notifications;

  NotificationResource(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /** Every message about the order, oldest first; an empty list when there is none. */
  @GET
  @WithSession
  public Uni<Response> ofOrder(@QueryParam("orderId") String orderId) {
    Optional<UUID> id = parse(orderId);
    if (id.isEmpty()) {
      return Uni.createFrom().item(invalidOrderId());
    }
    return notifications
        .ofOrder(id.get())
        .map(found -> Response.ok(found.stream().map(NotificationView::of).toList()).build());
  }

  private static Optional<UUID> parse(String orderId) {
    try {
      return Optional.of(UUID.fromString(orderId));
    } catch (IllegalArgumentException | NullPointerException invalid) {
      return Optional.empty();
    }
  }

  private static Response invalidOrderId() {
    Problem problem = Problem.invalidParameter("orderId", "orderId must be an order id (a UUID)");
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
