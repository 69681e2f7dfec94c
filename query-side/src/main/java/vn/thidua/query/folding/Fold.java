package vn.thidua.query.folding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

/**
 * The changes one batch makes to one document: increments add up, later sets win. A fold of a
 * document that already contains the current event ignores everything ({@link #SKIPPED}).
 */
public class Fold {
  /** For a document that already contains the event being handled. */
  public static final Fold SKIPPED = new Fold(false);

  private final boolean active;
  private final Map<String, Long> increments = new LinkedHashMap<>();
  private final Map<String, Object> sets = new LinkedHashMap<>();
  private final Map<String, Set<Object>> addsToSet = new LinkedHashMap<>();
  private boolean versioned;
  private TrackingToken position;

  Fold(boolean active) {
    this.active = active;
  }

  public Fold inc(String field, long amount) {
    if (active && amount != 0) {
      increments.merge(field, amount, Long::sum);
    }
    return this;
  }

  public Fold set(String field, Object value) {
    if (active) {
      sets.put(field, value);
    }
    return this;
  }

  /** Adds {@code value} to the array {@code field} unless it is there already. */
  public Fold addToSet(String field, Object value) {
    if (active) {
      addsToSet.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value);
    }
    return this;
  }

  /** Counts the flush in the document's {@code version}, which live clients poll. */
  public Fold versioned() {
    if (active) {
      versioned = true;
    }
    return this;
  }

  public boolean skipped() {
    return !active;
  }

  void advanceTo(TrackingToken token) {
    if (active && token != null) {
      position = token;
    }
  }

  boolean isEmpty() {
    return increments.isEmpty() && sets.isEmpty() && addsToSet.isEmpty();
  }

  /** The update: one $inc, one $set (with the position), one $addToSet and the version. */
  Document toUpdate() {
    Document update = new Document();
    Map<String, Long> inc = new LinkedHashMap<>(increments);
    inc.values().removeIf(amount -> amount == 0);
    if (versioned) {
      inc.put(FoldingBatch.VERSION, 1L);
    }
    if (!inc.isEmpty()) {
      update.append("$inc", new Document(new LinkedHashMap<>(inc)));
    }
    Document set = new Document(new LinkedHashMap<>(sets));
    if (position != null) {
      set.append(FoldingBatch.POSITION, TokenPositions.toDocument(position));
    }
    if (!set.isEmpty()) {
      update.append("$set", set);
    }
    if (!addsToSet.isEmpty()) {
      Document add = new Document();
      addsToSet.forEach(
          (field, values) -> add.append(field, new Document("$each", new ArrayList<>(values))));
      update.append("$addToSet", add);
    }
    return update;
  }
}
