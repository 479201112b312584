package io.shoporders.inventory.api;

import io.shoporders.inventory.domain.FieldError;
import io.shoporders.inventory.domain.StockRuleException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refused requests into problem documents; never a stack trace or a class name. */
class ProblemMappers {

  @ServerExceptionMapper
  public Response invalid(InvalidRequestException invalid) {
    return Problem.response(400, "invalid-request", "The request is invalid", invalid.errors());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException missing) {
    return Problem.response(
        404, "not-found", "No such " + missing.what(), List.of(missing.error()));
  }

  @ServerExceptionMapper
  public Response stockRule(StockRuleException refused) {
    return Problem.response(
        409,
        "stock-rule",
        "The stock change breaks a stock rule",
        List.of(new FieldError(refused.field(), refused.getMessage())));
  }
}
