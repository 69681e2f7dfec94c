package vn.thidua.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service's exec jar run as a child JVM with a capped heap, its output kept in a log file. */
public final class ServiceProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final ServiceClient client;
  private final long startedNanos;

  private ServiceProcess(String name, Process process, Path log, int port, long startedNanos) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.client = new ServiceClient(URI.create("http://localhost:" + port));
    this.startedNanos = startedNanos;
  }

  public static ServiceProcess start(
      String name, Path jar, int heapLimitMb, Map<String, String> environment, Path logDirectory) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(name + " jar not found: " + jar.toAbsolutePath());
    }
    try {
      int port = freePort();
      Path log = logDirectory.resolve(name + ".log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      java, "-Xmx" + heapLimitMb + "m", "-jar", jar.toAbsolutePath().toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      builder.environment().put("SERVER_PORT", Integer.toString(port));
      long startedNanos = System.nanoTime();
      return new ServiceProcess(name, builder.start(), log, port, startedNanos);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name, e);
    }
  }

  public ServiceClient client() {
    return client;
  }

  public long startedNanos() {
    return startedNanos;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
    }
  }

  /** Waits for /actuator/health to say UP; fails early if the process dies. */
  public void awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!client.isHealthy()) {
      requireAlive();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            name + " not healthy after " + timeout + "; see " + log.toAbsolutePath());
      }
      Thread.sleep(200);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
