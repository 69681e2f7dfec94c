package vn.thidua.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Serves the live streams of this instance. Whichever instance's processor changed a leaderboard
 * document, this one notices by reading the document's version by {@code _id} every poll interval,
 * once per watched document however many clients watch it, and pushes the view again to its own
 * clients (see docs/adr/0004-live-updates-across-instances.md).
 */
@Component
class LiveHub implements DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

  private final DocumentVersions versions;
  private final ObjectMapper json;
  private final LiveProperties properties;
  private final Map<String, LiveStream> streams = new HashMap<>(); // guarded by this
  private final Map<String, WatchedDocument> documents = new ConcurrentHashMap<>();
  private int clients; // guarded by this
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(daemon("live-poller"));
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));
  private final ExecutorService fanOut = Executors.newFixedThreadPool(2, daemon("live-fan-out"));

  LiveHub(DocumentVersions versions, ObjectMapper json, LiveProperties properties) {
    this.versions = versions;
    this.json = json;
    this.properties = properties;
    long poll = properties.pollInterval().toMillis();
    long heartbeat = properties.heartbeatInterval().toMillis();
    poller.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    heartbeats.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
  }

  /**
   * A new client: the current view now, every change after. Throws what reading the view throws (an
   * unknown campaign is a 404), before anything is streamed.
   */
  SseEmitter open(LiveSubject subject) {
    SseEmitter client = new SseEmitter(properties.streamTimeout().toMillis());
    LiveStream stream;
    synchronized (this) {
      if (clients >= properties.maxClients()) {
        throw new ResponseStatusException(
            HttpStatus.SERVICE_UNAVAILABLE,
            "This instance already serves " + clients + " live streams; try again later");
      }
      WatchedDocument document =
          documents.computeIfAbsent(
              subject.documentId(), id -> new WatchedDocument(id, versions.fingerprintOf(id)));
      stream = streams.computeIfAbsent(subject.key(), key -> new LiveStream(subject, json));
      document.streams().add(stream);
      try {
        stream.join(client);
      } catch (IOException e) {
        forgetIfUnwatched(stream);
        throw new UncheckedIOException(e);
      } catch (RuntimeException unreadable) {
        forgetIfUnwatched(stream);
        throw unreadable;
      }
      clients++;
    }
    client.onCompletion(() -> leaveLater(stream, client));
    client.onTimeout(() -> leaveLater(stream, client));
    client.onError(error -> leaveLater(stream, client));
    return client;
  }

  /** Whether some client of this instance watches the document, so it is being polled. */
  boolean watches(String documentId) {
    return documents.containsKey(documentId);
  }

  @Override
  public void destroy() {
    poller.shutdownNow();
    heartbeats.shutdownNow();
    fanOut.shutdownNow();
    List<LiveStream> all;
    synchronized (this) {
      all = new ArrayList<>(streams.values());
    }
    all.forEach(LiveStream::completeAll);
  }

  private void poll() {
    for (WatchedDocument document : documents.values()) {
      try {
        if (document.changedTo(versions.fingerprintOf(document.id()))) {
          document.streams().forEach(this::queueRefresh);
        }
      } catch (RuntimeException e) {
        LOG.warn("Could not read the version of {}: {}", document.id(), e.toString());
      }
    }
  }

  private void queueRefresh(LiveStream stream) {
    if (stream.queueRefresh()) {
      fanOut.execute(
          () -> {
            try {
              stream.refresh().forEach(gone -> leave(stream, gone));
            } catch (RuntimeException e) {
              LOG.warn("Could not refresh {}: {}", stream.subject().key(), e.toString());
            }
          });
    }
  }

  private void heartbeat() {
    List<LiveStream> all;
    synchronized (this) {
      all = new ArrayList<>(streams.values());
    }
    for (LiveStream stream : all) {
      stream.heartbeat().forEach(gone -> leave(stream, gone));
    }
  }

  /**
   * From the emitter's callbacks, whose thread may hold a stream's lock (a failed send): taking the
   * hub's lock there could deadlock with {@link #open}, which takes the hub's lock, then a
   * stream's.
   */
  private void leaveLater(LiveStream stream, SseEmitter client) {
    try {
      fanOut.execute(() -> leave(stream, client));
    } catch (RejectedExecutionException shuttingDown) {
      // the hub is closing every stream anyway
    }
  }

  private synchronized void leave(LiveStream stream, SseEmitter client) {
    if (stream.leave(client)) {
      clients--;
      forgetIfUnwatched(stream);
    }
  }

  /** Stops reading a document nobody watches any more. */
  private void forgetIfUnwatched(LiveStream stream) {
    if (!stream.isEmpty()) {
      return;
    }
    LiveSubject subject = stream.subject();
    streams.remove(subject.key(), stream);
    WatchedDocument document = documents.get(subject.documentId());
    if (document != null) {
      document.streams().remove(stream);
      if (document.streams().isEmpty()) {
        documents.remove(subject.documentId(), document);
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
