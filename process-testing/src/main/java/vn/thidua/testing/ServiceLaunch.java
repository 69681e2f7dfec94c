package vn.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** How to start one service: its environment, its port (a free one unless told) and its log. */
public final class ServiceLaunch {
  private final String name;
  private final String jarProperty;
  private final Map<String, String> environment = new HashMap<>();
  private int port = -1;
  private String logPrefix;

  ServiceLaunch(String name, String jarProperty) {
    this.name = name;
    this.jarProperty = jarProperty;
    this.logPrefix = name + "-";
  }

  /** Variables added to this JVM's environment, e.g. the stores' addresses. */
  public ServiceLaunch environment(Map<String, String> variables) {
    environment.putAll(variables);
    return this;
  }

  /** A port chosen beforehand, when another process must know the address before it starts. */
  public ServiceLaunch port(int chosen) {
    this.port = chosen;
    return this;
  }

  /** The log is {@code <prefix>*.log} in the temporary folder; by default {@code <name>-}. */
  public ServiceLaunch logPrefix(String prefix) {
    this.logPrefix = prefix;
    return this;
  }

  /** Starts it and waits until it is healthy (see {@link ServiceProcess#awaitHealthy}). */
  public ServiceProcess start(Duration healthyWithin) {
    return launch().awaitHealthy(healthyWithin);
  }

  /** Starts it without waiting, so that several can start side by side. */
  public ServiceProcess launch() {
    Path jar = Path.of(System.getProperty(jarProperty, "(system property " + jarProperty + ")"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException("Build the services first; missing " + jar);
    }
    int chosenPort = port > 0 ? port : FreePorts.next();
    ProcessLog log = ProcessLog.createTemporary(logPrefix);
    ProcessBuilder builder =
        new ProcessBuilder(Processes.java(), "-Xmx512m", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.file().toFile());
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(chosenPort));
    try {
      return new ServiceProcess(name, builder.start(), log, chosenPort);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
