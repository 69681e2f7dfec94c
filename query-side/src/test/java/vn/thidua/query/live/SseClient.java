package vn.thidua.query.live;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client as a browser's EventSource reads the stream: lines, {@code event:}
 * and {@code data:} fields, a blank line ends an event, lines starting with a colon are comments.
 */
final class SseClient implements AutoCloseable {
  record Event(String name, String data) {}

  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final AtomicInteger comments = new AtomicInteger();
  private final StringBuilder refusal = new StringBuilder();
  private final Thread reader;

  private SseClient(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  static SseClient connect(int port, String user, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/event-stream")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    try {
      return new SseClient(
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int status() {
    return response.statusCode();
  }

  String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  int comments() {
    return comments.get();
  }

  /** The whole body of a refused request (a problem+json document), once the server sent it. */
  String refusalBody() throws InterruptedException {
    reader.join(TimeUnit.SECONDS.toMillis(20));
    synchronized (refusal) {
      return refusal.toString();
    }
  }

  /** The next event, or an AssertionError when none comes in time. */
  Event next(Duration patience) throws InterruptedException {
    Event event = events.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    if (event == null) {
      throw new AssertionError("No event within " + patience);
    }
    return event;
  }

  /** Skips events until one matches; fails when none does in time. */
  Event nextMatching(Predicate<Event> wanted, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
      if (event == null) {
        throw new AssertionError("No matching event within " + patience);
      }
      if (wanted.test(event)) {
        return event;
      }
    }
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }

  private void read() {
    String name = "message";
    List<String> data = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (response.statusCode() != 200) {
          synchronized (refusal) {
            refusal.append(line).append('\n');
          }
        } else if (line.isEmpty()) {
          if (!data.isEmpty()) {
            events.add(new Event(name, String.join("\n", data)));
          }
          name = "message";
          data.clear();
        } else if (line.startsWith(":")) {
          comments.incrementAndGet();
        } else if (line.startsWith("event:")) {
          name = field(line, "event:");
        } else if (line.startsWith("data:")) {
          data.add(field(line, "data:"));
        }
      }
    } catch (RuntimeException closed) {
      // the test closed the stream, or the server ended it
    }
  }

  private static String field(String line, String prefix) {
    String value = line.substring(prefix.length());
    return value.startsWith(" ") ? value.substring(1) : value;
  }
}
