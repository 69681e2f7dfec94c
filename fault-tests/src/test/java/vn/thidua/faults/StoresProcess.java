package vn.thidua.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.testing.ProcessLog;
import vn.thidua.testing.Processes;

/**
 * The embedded-stores launcher as a process of its own: either PostgreSQL alone (which can then be
 * stopped and started again on the same data folder and port) or the MongoDB stand-in alone.
 */
final class StoresProcess implements AutoCloseable {
  static final String USER = "postgres";
  static final String PASSWORD = "postgres";
  private static final Pattern POSTGRES = Pattern.compile("postgres=(\\S+)");
  private static final Pattern MONGO = Pattern.compile("mongo=(\\S+)");

  private final Process process;
  private final Path dataDirectory;
  private final ProcessLog log;
  private final String ready;

  private StoresProcess(Process process, Path dataDirectory, ProcessLog log, String ready) {
    this.process = process;
    this.dataDirectory = dataDirectory;
    this.log = log;
    this.ready = ready;
  }

  /** PostgreSQL on {@code port} keeping its data in {@code dataDirectory}/postgres. */
  static StoresProcess postgres(Path dataDirectory, int port) {
    return start(dataDirectory, port, -1);
  }

  /** The MongoDB stand-in on a free port, keeping its data in {@code dataDirectory}/mongo. */
  static StoresProcess mongo(Path dataDirectory) {
    return start(dataDirectory, -1, 0);
  }

  private static StoresProcess start(Path dataDirectory, int postgresPort, int mongoPort) {
    try {
      Path jar = Path.of(System.getProperty("thidua.storesJar"));
      if (!Files.exists(jar)) {
        throw new IllegalStateException("Build the embedded stores first; missing " + jar);
      }
      ProcessLog log = ProcessLog.createTemporary("fault-stores-");
      Process process =
          new ProcessBuilder(
                  Processes.java(),
                  "-Xmx256m",
                  "-jar",
                  jar.toString(),
                  "--data-dir=" + dataDirectory,
                  "--postgres-port=" + postgresPort,
                  "--mongo-port=" + mongoPort)
              .redirectErrorStream(true)
              .redirectOutput(log.file().toFile())
              .start();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      while (Instant.now().isBefore(deadline)) {
        Optional<String> ready =
            Files.readAllLines(log.file()).stream()
                .filter(line -> line.startsWith("READY"))
                .findFirst();
        if (ready.isPresent()) {
          return new StoresProcess(process, dataDirectory, log, ready.get());
        }
        if (!process.isAlive()) {
          throw new IllegalStateException("the stores exited:\n" + log.tail(40));
        }
        Processes.pause(Duration.ofMillis(200));
      }
      Processes.kill(process.toHandle());
      throw new IllegalStateException("the stores were not ready:\n" + log.tail(40));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String postgresJdbcUrl() {
    return found(POSTGRES);
  }

  String mongoUri() {
    return found(MONGO);
  }

  /**
   * Stops the stores as an operator would (SIGTERM: PostgreSQL shuts down fast, rolling back open
   * transactions and closing every connection), and waits until PostgreSQL is gone.
   */
  void stop() {
    Processes.stop(process.toHandle(), Duration.ofSeconds(30));
    killPostmaster();
  }

  @Override
  public void close() {
    stop();
  }

  /** kill -9 of PostgreSQL and its backends, as a power cut; the launcher itself stays up. */
  void crashPostgres() {
    killPostmaster();
  }

  /**
   * pg_ctl starts the postmaster as a daemon, so it is no child of the launcher: if the launcher
   * could not stop it, it is found by the pid file of our own data folder and killed with its
   * backends.
   */
  private void killPostmaster() {
    Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return;
      }
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty()) {
        return;
      }
      long pid = Long.parseLong(lines.get(0).trim());
      ProcessHandle.of(pid)
          .filter(
              handle -> handle.info().commandLine().orElse("").contains(dataDirectory.toString()))
          .ifPresent(Processes::kill);
    } catch (IOException | NumberFormatException e) {
      // no readable pid file: nothing of ours is left running
    }
  }

  private String found(Pattern pattern) {
    Matcher matcher = pattern.matcher(ready);
    if (!matcher.find()) {
      throw new IllegalStateException("not started: " + ready + "\n" + log.tail(5));
    }
    return matcher.group(1);
  }
}
