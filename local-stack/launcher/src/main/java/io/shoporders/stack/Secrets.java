package io.shoporders.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Database passwords of one stack. They are generated on first use and kept in the stack's home,
 * readable by its owner only, so no credential is ever written into the repository. Two launchers
 * started at once on a new stack must agree on them: a new password is made under a file lock,
 * after reading again what another launcher may have written meanwhile.
 */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Properties values = new Properties();

  private Secrets(Path file) {
    this.file = file;
  }

  static Secrets loadOrCreate(Path home) throws IOException {
    Secrets secrets = new Secrets(home.resolve("secrets.properties"));
    secrets.load();
    return secrets;
  }

  /** The password of a role, created the first time the role is asked for. */
  String password(String role) throws IOException {
    synchronized (Secrets.class) {
      String password = values.getProperty(role);
      return password != null ? password : created(role);
    }
  }

  private String created(String role) throws IOException {
    Files.createDirectories(file.getParent());
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      load();
      String password = values.getProperty(role);
      if (password == null) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        password = HexFormat.of().formatHex(bytes);
        values.setProperty(role, password);
        save();
      }
      return password;
    }
  }

  private void load() throws IOException {
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        values.load(reader);
      }
    }
  }

  private void save() throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    try (Writer writer = Files.newBufferedWriter(file)) {
      values.store(writer, "Generated database passwords of this local stack");
    }
  }
}
