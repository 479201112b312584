package io.shoporders.outbox;

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

  private TransientFailures() {}

  public static boolean isTransient(Throwable failure) {
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
    return failure instanceof ConnectException
        || failure instanceof ClosedConnectionException
        || failure instanceof TimeoutException
        || failure instanceof io.smallrye.mutiny.TimeoutException
        || failure instanceof io.netty.channel.ConnectTimeoutException;
  }
}
