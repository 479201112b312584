package io.shoporders.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the end of a log file and, when asked, what is appended to it afterwards. */
final class LogFollower {

  private static final int LAST_LINES = 200;

  private LogFollower() {}

  static void print(Path log, boolean follow, PrintStream out)
      throws IOException, InterruptedException {
    if (!Files.exists(log)) {
      out.println("(no log yet at " + log + ")");
      return;
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size()).forEach(out::println);
    if (lines.size() > LAST_LINES) {
      out.printf("(the last %d of %d lines; the whole log is %s)%n", LAST_LINES, lines.size(), log);
    }
    if (follow) {
      follow(log, Files.size(log), out);
    }
  }

  private static void follow(Path log, long from, PrintStream out)
      throws IOException, InterruptedException {
    long position = from;
    while (true) {
      try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
        if (file.length() > position) {
          byte[] added = new byte[(int) (file.length() - position)];
          file.seek(position);
          file.readFully(added);
          out.print(new String(added, StandardCharsets.UTF_8));
          position = file.length();
        }
      }
      Thread.sleep(500);
    }
  }
}
