package io.shoporders.inventory.handoff;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A destination's webhook: one signed JSON POST per hand-off, at the configured URL. */
interface WebhookClient {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> deliver(
      @HeaderParam("X-Shop-Signature") String signature,
      @HeaderParam("X-Shop-Timestamp") String timestamp,
      @HeaderParam("X-Shop-Handoff-Id") String handoffId,
      String body);
}
