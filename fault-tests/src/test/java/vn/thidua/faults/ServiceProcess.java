package vn.thidua.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One of our services started from its executable jar, as run.sh starts it, on a free port. */
final class ServiceProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final int port;

  private ServiceProcess(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the service and waits until it answers healthy. */
  static ServiceProcess start(String name, String jarProperty, Map<String, String> environment) {
    ServiceProcess service = launch(name, jarProperty, environment);
    service.awaitHealthy(Duration.ofSeconds(120));
    return service;
  }

  /** Starts the service without waiting, so two can start side by side. */
  static ServiceProcess launch(String name, String jarProperty, Map<String, String> environment) {
    try {
      Path jar = Path.of(System.getProperty(jarProperty));
      if (!Files.exists(jar)) {
        throw new IllegalStateException("Build the services first; missing " + jar);
      }
      int port = FreePorts.next();
      Path log = Files.createTempFile("fault-" + name + "-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(Processes.java(), "-Xmx512m", "-jar", jar.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      builder.environment().put("SERVER_PORT", String.valueOf(port));
      return new ServiceProcess(name, builder.start(), log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://localhost:" + port;
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  /** kill -9: no shutdown hook, no last token stored, no claim released. */
  void kill() {
    Processes.kill(process.toHandle());
  }

  @Override
  public void close() {
    Processes.stop(process.toHandle(), Duration.ofSeconds(20));
  }

  void awaitHealthy(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited:\n" + tail());
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Processes.pause(Duration.ofMillis(250));
    }
    throw new IllegalStateException(name + " did not become healthy:\n" + tail());
  }

  /** How many lines of the service's log contain {@code text}. */
  long logLines(String text) {
    try (java.util.stream.Stream<String> lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }

  String tail() {
    return Processes.tail(log, 60);
  }
}
