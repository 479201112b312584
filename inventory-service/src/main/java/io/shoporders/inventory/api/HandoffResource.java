package io.shoporders.inventory.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.inventory.domain.FieldError;
import io.shoporders.inventory.persistence.HandoffAttemptEntity;
import io.shoporders.inventory.persistence.HandoffEntity;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Hand-offs for operators: find the failed ones, with every attempt, and send them again. */
@Path("/handoffs")
@Produces(MediaType.APPLICATION_JSON)
class HandoffResource {

  private static final Logger LOG = Logger.getLogger(HandoffResource.class);
  private static final Set<String> STATUSES =
      Set.of("PENDING", "DELIVERED", "RECORDED", "FAILED", "RECALLED");

  private final Clock clock;

  HandoffResource(Clock clock) {
    this.clock = clock;
  }

  @GET
  @WithSession
  public Uni<List<HandoffView>> list(@QueryParam("status") String status) {
    String wanted = status == null ? "FAILED" : status.toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(wanted)) {
      throw new InvalidRequestException("status", "status must be one of " + STATUSES);
    }
    return HandoffEntity.<HandoffEntity>list("status = ?1 order by createdAt", wanted)
        .chain(HandoffResource::withAttempts);
  }

  /** A FAILED hand-off goes back to PENDING, with a fresh set of attempts, due at once. */
  @POST
  @Path("/{id}/retry")
  public Uni<Response> retry(@PathParam("id") UUID id) {
    return Panache.withTransaction(
        () ->
            HandoffEntity.<HandoffEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("hand-off", id.toString()))
                .map(this::retried));
  }

  private Response retried(HandoffEntity handoff) {
    if (!HandoffEntity.FAILED.equals(handoff.status)) {
      return Problem.response(
          409,
          "handoff-not-failed",
          "Only a failed hand-off is retried",
          List.of(new FieldError("status", "the hand-off is " + handoff.status)));
    }
    handoff.status = HandoffEntity.PENDING;
    handoff.attempts = 0;
    handoff.nextAttemptAt = clock.instant();
    handoff.updatedAt = clock.instant();
    LOG.infof(
        "Order %s: hand-off to %s retried by an operator", handoff.orderId, handoff.destination);
    return Response.accepted().build();
  }

  private static Uni<List<HandoffView>> withAttempts(List<HandoffEntity> handoffs) {
    List<UUID> ids = handoffs.stream().map(handoff -> handoff.id).toList();
    return HandoffAttemptEntity.<HandoffAttemptEntity>list(
            "handoffId in ?1 order by attemptedAt, id", ids)
        .map(attempts -> attempts.stream().collect(Collectors.groupingBy(a -> a.handoffId)))
        .map(byHandoff -> handoffs.stream().map(h -> HandoffView.of(h, byHandoff)).toList());
  }

  /** A hand-off and its attempts, oldest first. */
  record HandoffView(
      UUID id,
      UUID orderId,
      String destination,
      String adapter,
      String status,
      int attempts,
      List<AttemptView> log) {

    static HandoffView of(HandoffEntity h, Map<UUID, List<HandoffAttemptEntity>> attempts) {
      List<AttemptView> log =
          attempts.getOrDefault(h.id, List.of()).stream()
              .map(a -> new AttemptView(a.attemptedAt.toString(), a.statusCode, a.outcome))
              .toList();
      return new HandoffView(h.id, h.orderId, h.destination, h.adapter, h.status, h.attempts, log);
    }
  }

  /** One delivery attempt. */
  record AttemptView(String at, Integer statusCode, String outcome) {}
}
