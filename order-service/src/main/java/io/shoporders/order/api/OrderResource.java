package io.shoporders.order.api;

import io.shoporders.order.api.SmallViews.CancelRequest;
import io.shoporders.order.api.SmallViews.PageView;
import io.shoporders.order.api.SmallViews.StatusView;
import io.shoporders.order.api.SmallViews.TimelineView;
import io.shoporders.order.domain.OrderForm;
import io.shoporders.order.persistence.OrderIntake;
import io.shoporders.order.persistence.OrderProgressRecorder;
import io.shoporders.order.persistence.OrderQueries;
import io.shoporders.order.persistence.Receipt;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Orders: placed by the storefront, followed by customers, searched and cancelled by operators. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final OrderRequests requests;
  private final OrderIntake intake;
  private final OrderQueries queries;
  private final OrderProgressRecorder progress;
  private final IntakeAdmission admission;

  OrderResource(
      OrderRequests requests,
      OrderIntake intake,
      OrderQueries queries,
      OrderProgressRecorder progress,
      IntakeAdmission admission) {
    this.requests = requests;
    this.intake = intake;
    this.queries = queries;
    this.progress = progress;
    this.admission = admission;
  }

  /**
   * Places an order: 202 with its id and number, and where to follow it; 503 when more orders are
   * being placed at once than {@link IntakeAdmission} allows.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> place(String body, @HeaderParam(IDEMPOTENCY_KEY) String key) {
    // Admission first: under overload a refusal must cost less than reading the order.
    if (!admission.tryEnter()) {
      throw admission.busy();
    }
    Uni<Receipt> placed;
    try {
      OrderRequests.Body request = requests.read(body);
      OrderForm form = requests.as(request, OrderForm.class);
      placed = intake.place(form, QueryParameters.idempotencyKey(key), request.hash());
    } catch (RuntimeException unreadable) {
      admission.leave();
      throw unreadable;
    }
    return placed.map(OrderResource::accepted).onTermination().invoke(admission::leave);
  }

  @GET
  @Path("/{id}")
  public Uni<OrderView> get(@PathParam("id") UUID id) {
    return queries.find(id).map(details -> OrderView.of(found(details)));
  }

  @GET
  @Path("/{id}/timeline")
  public Uni<List<TimelineView>> timeline(@PathParam("id") UUID id) {
    return queries
        .timeline(id)
        .map(entries -> found(entries).stream().map(TimelineView::of).toList());
  }

  /** Operators' search, newest orders first; every criterion is optional. */
  @GET
  public Uni<PageView> search(
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("email") String email,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    OrderQueries.OrderFilter filter = QueryParameters.filter(status, from, to, email);
    QueryParameters.requirePage(page, size);
    return queries.search(filter, page, size).map(PageView::of);
  }

  /** Cancels the order at a person's request; 409 once it has shipped. The body is optional. */
  @POST
  @Path("/{id}/cancel")
  public Uni<StatusView> cancel(@PathParam("id") UUID id, String body) {
    CancelRequest request = QueryParameters.cancelRequest(requests, body);
    return progress
        .cancel(id, QueryParameters.reason(request), request.note())
        .map(order -> StatusView.of(found(order)));
  }

  private static Response accepted(Receipt receipt) {
    URI location = URI.create("/orders/" + receipt.orderId());
    return Response.accepted(receipt).location(location).build();
  }

  private static <T> T found(T value) {
    if (value == null) {
      throw new NotFoundException();
    }
    return value;
  }
}
