package io.shoporders.stack.demo;

import java.io.IOException;
import java.net.URI;

/**
 * A service that gave no answer at all: it refused the connection, closed it (an HTTP/2 GOAWAY from
 * a service shutting down), or let the request time out. Most often the stack was stopped.
 */
final class ServiceUnreachable extends IOException {

  private final URI uri;

  ServiceUnreachable(URI uri, IOException cause) {
    super(uri + " gave no answer: " + reason(cause), cause);
    this.uri = uri;
  }

  URI uri() {
    return uri;
  }

  /** What went wrong, in the words of the innermost cause that has any. */
  String reason() {
    return reason(getCause());
  }

  private static String reason(Throwable failure) {
    String reason = failure.getClass().getSimpleName();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        reason = cause.getMessage();
      }
    }
    return reason;
  }

  /** The unreachable service behind a failure, however deep it is wrapped; or null. */
  static ServiceUnreachable in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ServiceUnreachable unreachable) {
        return unreachable;
      }
    }
    return null;
  }
}
