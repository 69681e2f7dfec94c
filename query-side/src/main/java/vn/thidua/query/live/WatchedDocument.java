package vn.thidua.query.live;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/** A leaderboard document some client watches: its last seen fingerprint and the streams on it. */
final class WatchedDocument {
  private final String id;
  private final Set<LiveStream> streams = new CopyOnWriteArraySet<>();
  private volatile Object fingerprint;

  WatchedDocument(String id, Object fingerprint) {
    this.id = id;
    this.fingerprint = fingerprint;
  }

  String id() {
    return id;
  }

  Set<LiveStream> streams() {
    return streams;
  }

  /** Remembers the new fingerprint; true if it differs from the one seen before. */
  boolean changedTo(Object latest) {
    if (Objects.equals(fingerprint, latest)) {
      return false;
    }
    fingerprint = latest;
    return true;
  }
}
