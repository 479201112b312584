package io.shoporders.payment.gateway.sandbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.OperationRequest;
import io.shoporders.payment.gateway.PaymentGateway;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.DatabaseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A gateway for local runs and tests, and nothing else: it moves no money. It answers Stripe's
 * published test payment methods as Stripe's test mode does ({@link SandboxCards}), lets a hold
 * lapse after {@code payment.sandbox.hold-window}, and keeps its books in the service's database
 * (table {@code sandbox_ledger}), one entry per idempotency key, so a repeated call gets the first
 * answer.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

  /** The name payment methods and events use for this gateway. */
  public static final String NAME = "sandbox";

  private static final String UNIQUE_VIOLATION = "23505";

  private final SandboxSettings settings;
  private final Clock clock;

  SandboxGateway(SandboxSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Uni<GatewayOutcome> authorize(AuthorizeRequest request) {
    return once(request.idempotencyKey(), () -> newAuthorization(request));
  }

  @Override
  public Uni<GatewayOutcome> capture(OperationRequest request) {
    return onAuthorization(
        request, books -> books.refuseCapture(request.amount(), clock.instant()));
  }

  @Override
  public Uni<GatewayOutcome> voidAuthorization(OperationRequest request) {
    return onAuthorization(request, books -> books.refuseVoid(clock.instant()));
  }

  @Override
  public Uni<GatewayOutcome> refund(OperationRequest request) {
    return onAuthorization(request, books -> books.refuseRefund(request.amount()));
  }

  @Override
  public boolean verifyWebhook(String payload, String signatureHeader) {
    Optional<String> secret = settings.webhookSecret();
    if (secret.isEmpty() || payload == null || signatureHeader == null) {
      return false;
    }
    byte[] expected = hmac(secret.get(), payload);
    byte[] given = signatureHeader.getBytes(StandardCharsets.US_ASCII);
    byte[] expectedHex = HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expectedHex, given);
  }

  /**
   * The entry of the idempotency key, or the answer written as a new one. Two calls with one key at
   * the same time both miss it; the later insert then fails on the key, and its caller gets the
   * entry the earlier one wrote, as a remote gateway would answer it.
   */
  private Uni<GatewayOutcome> once(
      String idempotencyKey, Supplier<Uni<SandboxLedgerEntry>> answer) {
    return Panache.withTransaction(
            () ->
                SandboxLedgerEntry.<SandboxLedgerEntry>findById(idempotencyKey)
                    .chain(seen -> seen != null ? Uni.createFrom().item(seen) : answer.get()))
        .onFailure(SandboxGateway::isDuplicateKey)
        .recoverWithUni(
            () ->
                Panache.withSession(
                    () -> SandboxLedgerEntry.<SandboxLedgerEntry>findById(idempotencyKey)))
        .map(SandboxGateway::outcomeOf);
  }

  private static boolean isDuplicateKey(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException
          || cause instanceof DatabaseException database
              && UNIQUE_VIOLATION.equals(database.getSqlState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private Uni<SandboxLedgerEntry> newAuthorization(AuthorizeRequest request) {
    SandboxCard card = SandboxCards.find(request.token()).orElse(SandboxCards.UNKNOWN);
    Instant now = clock.instant();
    String reference = "sbx_auth_" + UUID.randomUUID().toString().replace("-", "");
    SandboxLedgerEntry entry =
        entry(request.idempotencyKey(), Operation.AUTHORIZE, reference, request.amount(), card);
    entry.expiresAt = card.approves() ? card.holdExpiry(now, settings.holdWindow()) : null;
    return entry.persist();
  }

  private Uni<GatewayOutcome> onAuthorization(
      OperationRequest request, Function<SandboxAuthorization, Optional<SandboxCard>> rules) {
    return once(
        request.idempotencyKey(),
        () ->
            SandboxLedgerEntry.<SandboxLedgerEntry>list("reference", request.reference())
                .map(SandboxAuthorization::new)
                .map(books -> rules.apply(books).orElse(SandboxCard.approving("sandbox")))
                .chain(
                    verdict ->
                        entry(
                                request.idempotencyKey(),
                                request.operation(),
                                request.reference(),
                                request.amount(),
                                verdict)
                            .persist()));
  }

  private SandboxLedgerEntry entry(
      String key, Operation operation, String reference, Money amount, SandboxCard verdict) {
    SandboxLedgerEntry entry = new SandboxLedgerEntry();
    entry.idempotencyKey = key;
    entry.operation = operation;
    entry.reference = reference;
    entry.amountMinor = amount.amountMinor();
    entry.currency = amount.currency();
    entry.approved = verdict.approves();
    entry.declineCode = verdict.declineCode();
    entry.message = verdict.message();
    entry.createdAt = clock.instant();
    return entry;
  }

  private static GatewayOutcome outcomeOf(SandboxLedgerEntry entry) {
    if (entry.approved) {
      return new GatewayOutcome.Approved(entry.reference, entry.expiresAt);
    }
    return new GatewayOutcome.Declined(entry.declineCode, entry.message);
  }

  private static byte[] hmac(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform provides HmacSHA256, and any byte string is a valid key for it.
      throw new IllegalStateException(e);
    }
  }
}
