package io.shoporders.outbox;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that will pass (the database is down, restarting, or chose this transaction as a
 * deadlock victim) from one that will not (a bug, a constraint, bad data). A consumer retries the
 * first kind until it succeeds and dead-letters the second.
 */
public final class TransientFailures {

  /** SQLSTATE classes and codes that mean "try again": PostgreSQL's appendix A. */
  private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57");

  private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

  /** What the SQL client says of a connection that is closing under a statement. */
  private static final String CONNECTION_CLOSING = "Connection is not active now";

  /**
   * Set when the application begins to stop. From then on the database pool closes under records
   * still being handled, and their failures say nothing about the records: they must be retried,
   * which leaves them unacknowledged so the next start handles them again, never dead-lettered.
   */
  private static volatile boolean stopping;

  private TransientFailures() {}

  static void stopping(boolean applicationStopping) {
    stopping = applicationStopping;
  }

  public static boolean isTransient(Throwable failure) {
    if (stopping) {
      return true;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isTransientItself(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static boolean isTransientItself(Throwable failure) {
    if (failure instanceof DatabaseException database) {
      String state = database.getSqlState();
      return state != null
          && (TRANSIENT_STATES.contains(state)
              || TRANSIENT_STATE_CLASSES.contains(state.substring(0, 2)));
    }
    if (failure instanceof NoStackTraceThrowable
        && failure.getMessage() != null
        && failure.getMessage().startsWith(CONNECTION_CLOSING)) {
      return true;
    }
    return failure instanceof ConnectException
        || failure instanceof ClosedConnectionException
        || failure instanceof TimeoutException
        || failure instanceof io.smallrye.mutiny.TimeoutException
        || failure instanceof io.netty.channel.ConnectTimeoutException;
  }
}
