package vn.thidua.testing;

import java.time.Duration;

/**
 * One of our services started from its executable jar, as run.sh starts it: {@code java -Xmx512m
 * -jar}, {@code SERVER_PORT} set, its output in a log file. Start one with {@link #fromJar}.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final String name;
  private final Process process;
  private final ProcessLog log;
  private final int port;

  ServiceProcess(String name, Process process, ProcessLog log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * The service whose executable jar the system property {@code jarProperty} names (the test
   * module's failsafe configuration sets it).
   */
  public static ServiceLaunch fromJar(String name, String jarProperty) {
    return new ServiceLaunch(name, jarProperty);
  }

  /**
   * Returns once the service answers its health endpoint with UP. If it exits or does not answer
   * within {@code timeout}, it is stopped (it must not outlive the test) and the tail of its log is
   * thrown.
   */
  public ServiceProcess awaitHealthy(Duration timeout) {
    try {
      HttpReadiness.healthUp(url()).await(name, process, log, timeout);
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public String url() {
    return "http://localhost:" + port;
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public ProcessLog log() {
    return log;
  }

  /** kill -9: no shutdown hook, no last token stored, no claim released. */
  public void kill() {
    Processes.kill(process.toHandle());
  }

  /** SIGTERM, as an operator stops it; SIGKILL if it has not stopped after 20 seconds. */
  @Override
  public void close() {
    Processes.stop(process.toHandle(), STOP_GRACE);
  }

  @Override
  public String toString() {
    return name + " (pid " + pid() + ", " + url() + ", log " + log + ")";
  }
}
