package vn.thidua.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** An address a starting server answers once it is ready, polled until it does. */
public final class HttpReadiness {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  // a server that accepts connections but hangs must not hold the poll past its deadline
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final URI address;
  private final Predicate<HttpResponse<String>> ready;

  public HttpReadiness(URI address, Predicate<HttpResponse<String>> ready) {
    this.address = address;
    this.ready = ready;
  }

  /** Spring Boot's health endpoint answering UP. */
  public static HttpReadiness healthUp(String baseUrl) {
    return new HttpReadiness(
        URI.create(baseUrl + "/actuator/health"),
        health -> health.statusCode() == 200 && health.body().contains("\"UP\""));
  }

  /**
   * Returns once the address answers as ready; throws with the tail of the log if the process exits
   * first or {@code timeout} passes.
   */
  public void await(String name, Process process, ProcessLog log, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited:\n" + log.tail(60));
      }
      if (answersReady()) {
        return;
      }
      Processes.pause(POLL_INTERVAL);
    }
    throw new IllegalStateException(
        name + " was not ready at " + address + " within " + timeout + ":\n" + log.tail(60));
  }

  private boolean answersReady() {
    try {
      return ready.test(
          HTTP.send(
              HttpRequest.newBuilder(address).timeout(REQUEST_TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
