package io.shoporders.stack;

import java.nio.file.Path;

/**
 * Another launcher for {@link StackLockTest}: takes the lock of the home given, says "held", and
 * keeps it for the milliseconds given, or until it is killed.
 */
final class LockingLauncher {

  private LockingLauncher() {}

  public static void main(String[] args) throws Exception {
    try (StackLock held = StackLock.acquire(Path.of(args[0]), System.out)) {
      System.out.println("held");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
  }
}
