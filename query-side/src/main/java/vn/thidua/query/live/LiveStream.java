package vn.thidua.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One subject and the clients watching it. Joining and refreshing hold the same lock, so a client
 * that joins gets the current view and then every later one, in order, and never an older one.
 */
final class LiveStream {
  private final LiveSubject subject;
  private final ObjectMapper json;

  /** Each client with the view it was sent last, so nobody gets the same view twice. */
  private final Map<SseEmitter, String> clients = new ConcurrentHashMap<>();

  private final AtomicBoolean refreshQueued = new AtomicBoolean();

  LiveStream(LiveSubject subject, ObjectMapper json) {
    this.subject = subject;
    this.json = json;
  }

  LiveSubject subject() {
    return subject;
  }

  /** Sends the current view to the client, then counts it in; a failing read throws (e.g. 404). */
  synchronized void join(SseEmitter client) throws IOException {
    String view = render();
    client.send(event(view));
    clients.put(client, view);
  }

  boolean leave(SseEmitter client) {
    return clients.remove(client) != null;
  }

  boolean isEmpty() {
    return clients.isEmpty();
  }

  /**
   * True when no refresh is waiting yet: changes seen while one waits are covered by its read, so a
   * burst of changes costs one read.
   */
  boolean queueRefresh() {
    return refreshQueued.compareAndSet(false, true);
  }

  /**
   * Reads the view again and sends it to the clients whose last view differs (a change elsewhere in
   * the document may leave this view as it was); returns the clients that are gone.
   */
  synchronized List<SseEmitter> refresh() {
    refreshQueued.set(false);
    String view = render();
    List<SseEmitter> behind = new ArrayList<>();
    clients.forEach(
        (client, sent) -> {
          if (!sent.equals(view)) {
            behind.add(client);
          }
        });
    if (behind.isEmpty()) {
      return List.of();
    }
    List<SseEmitter> gone = send(event(view), behind);
    behind.stream()
        .filter(client -> !gone.contains(client))
        .forEach(client -> clients.replace(client, view));
    return gone;
  }

  /** Ends every client's stream, e.g. when the service stops; they reconnect elsewhere. */
  void completeAll() {
    clients.keySet().forEach(SseEmitter::complete);
  }

  /** A comment line: keeps proxies from closing an idle stream and finds clients that left. */
  List<SseEmitter> heartbeat() {
    return send(SseEmitter.event().comment("heartbeat"), List.copyOf(clients.keySet()));
  }

  /** Builds the event once (a builder must not be built twice) and sends it to each recipient. */
  private static List<SseEmitter> send(
      SseEmitter.SseEventBuilder event, List<SseEmitter> recipients) {
    Set<ResponseBodyEmitter.DataWithMediaType> frame = event.build();
    List<SseEmitter> gone = new ArrayList<>();
    for (SseEmitter client : recipients) {
      try {
        client.send(frame);
      } catch (IOException | IllegalStateException disconnected) {
        gone.add(client);
      }
    }
    return gone;
  }

  private SseEmitter.SseEventBuilder event(String view) {
    return SseEmitter.event().name(subject.eventName()).data(view);
  }

  private String render() {
    try {
      return json.writeValueAsString(subject.read().get());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the " + subject.eventName() + " as JSON", e);
    }
  }
}
