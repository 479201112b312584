package io.shoporders.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One launcher at a time starts or stops the parts of a stack: an exclusive lock on the file
 * stack.lock in the stack's home. The operating system drops the lock when the process that holds
 * it ends, killed or not, so a launcher that died cannot leave a stale one behind; the pid and
 * command written into the file only name the holder for the message of the launcher that waits.
 *
 * <p>Within one launcher the lock is re-entrant: `up --clean` holds it for its wipe and its start.
 * The holding process never opens the file a second time, since closing any descriptor of a file
 * drops every lock the process holds on it.
 */
final class StackLock implements AutoCloseable {

  static final String FILE = "stack.lock";

  /** The lock each home of this process holds, with the number of nested holds. */
  private static final Map<Path, StackLock> HELD = new HashMap<>();

  private final Path home;
  private final FileChannel channel;
  private final FileLock lock;
  private int holds = 1;

  private StackLock(Path home, FileChannel channel, FileLock lock) {
    this.home = home;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the stack in {@code home}, waiting while another launcher holds it; the wait
   * is announced once, with the holder's command and pid.
   */
  static StackLock acquire(Path home, PrintStream out) throws IOException {
    return take(
        home,
        (channel, holder) -> {
          out.println(waitingMessage(holder, home));
          return channel.lock();
        });
  }

  /**
   * Takes the lock of the stack in {@code home} only if no other launcher holds it: for commands
   * that would make no sense once the other one is done.
   *
   * @throws Busy naming the holder, when another launcher holds it
   */
  static StackLock acquireOrRefuse(Path home, String command) throws IOException {
    return take(
        home,
        (channel, holder) -> {
          throw new Busy(refusalMessage(command, holder, home));
        });
  }

  /** What a launcher does when another one holds the lock: wait for it, or give up. */
  private interface WhenHeld {
    FileLock await(FileChannel channel, Holder holder) throws IOException;
  }

  private static synchronized StackLock take(Path home, WhenHeld whenHeld) throws IOException {
    StackLock held = HELD.get(home);
    if (held != null) {
      held.holds++;
      return held;
    }
    Files.createDirectories(home);
    FileChannel channel =
        FileChannel.open(
            home.resolve(FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        lock = whenHeld.await(channel, holder(channel));
      }
      return hold(home, channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static StackLock hold(Path home, FileChannel channel, FileLock lock) throws IOException {
    String me = ProcessHandle.current().pid() + "\n" + ownCommand() + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
    StackLock held = new StackLock(home, channel, lock);
    HELD.put(home, held);
    return held;
  }

  /** Releases one hold; the last one releases the lock. */
  @Override
  public void close() throws IOException {
    synchronized (StackLock.class) {
      if (--holds > 0) {
        return;
      }
      HELD.remove(home);
      lock.release();
      channel.close();
    }
  }

  /** Who holds a lock: the pid and command its launcher wrote into the file. */
  record Holder(long pid, String command) {

    /** What the file says, or null while it says nothing usable. */
    static Holder parse(String written) {
      String[] lines = written.split("\n");
      try {
        String command = lines.length > 1 && !lines[1].isBlank() ? lines[1] : "./shop";
        return new Holder(Long.parseLong(lines[0].trim()), command);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    @Override
    public String toString() {
      return command + " (pid " + pid + ")";
    }
  }

  private static Holder holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    channel.read(buffer, 0);
    Holder holder =
        Holder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    // A holder that has not written its name yet leaves the last holder's name in the file.
    boolean current = holder != null && ProcessHandle.of(holder.pid()).isPresent();
    return current ? holder : null;
  }

  /** The one line printed before waiting for another launcher. */
  static String waitingMessage(Holder holder, Path home) {
    return "Waiting for "
        + (holder == null ? "another ./shop command" : holder.toString())
        + " to finish starting or stopping the stack in "
        + home;
  }

  /** The one line of a command that does not wait for another launcher. */
  static String refusalMessage(String command, Holder holder, Path home) {
    return command
        + " did not run: "
        + (holder == null ? "another ./shop command" : holder.toString())
        + " is starting, stopping or testing the stack in "
        + home
        + "; run it again once that one has finished";
  }

  /**
   * This launcher as a user typed it, "./shop down", from the JVM's own arguments: what follows the
   * launcher's jar. "./shop" alone when it was not started from its jar (tests).
   */
  static String commandOf(List<String> jvmArguments) {
    int jar = jvmArguments.indexOf("-jar");
    if (jar < 0 || jar + 1 >= jvmArguments.size()) {
      return "./shop";
    }
    List<String> own = jvmArguments.subList(jar + 2, jvmArguments.size());
    return own.isEmpty() ? "./shop" : "./shop " + String.join(" ", own);
  }

  private static String ownCommand() {
    return commandOf(List.of(ProcessHandle.current().info().arguments().orElse(new String[0])));
  }

  /** Another launcher holds the lock, and this command does not wait for it. */
  static final class Busy extends IOException {
    Busy(String message) {
      super(message);
    }
  }
}
