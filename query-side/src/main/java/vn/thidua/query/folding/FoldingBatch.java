package vn.thidua.query.folding;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The changes a processor's batch makes to its read models, kept in memory until the batch's last
 * event and then written with one bulk write per collection, one update per document.
 *
 * <p>Exact idempotency: every document keeps the {@code position} of the last event folded into it,
 * and an event the document's position covers is not folded again. Reading positions costs a read
 * per document, so it is only done when a batch may be a redelivery: the processor's checkpoint
 * (written before the documents of every flush) covers the batch's first event.
 */
public final class FoldingBatch {
  public static final String POSITION = "position";
  public static final String VERSION = "version";
  static final String CHECKPOINTS = "folding_checkpoints";
  private static final String RESOURCE = FoldingBatch.class.getName();
  private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

  private final String processorName;
  private final MongoTemplate mongo;
  private final Map<DocumentKey, Fold> folds = new LinkedHashMap<>();
  private final Map<DocumentKey, TrackingToken> storedPositions = new HashMap<>();
  private TrackingToken eventToken;
  private TrackingToken lastFoldedToken;
  private Boolean mayBeRedelivery;

  FoldingBatch(String processorName, MongoTemplate mongo) {
    this.processorName = processorName;
    this.mongo = mongo;
  }

  /** The batch of the event being handled; only inside a processor with a folding interceptor. */
  public static FoldingBatch current() {
    FoldingBatch batch = CurrentUnitOfWork.get().getResource(RESOURCE);
    if (batch == null) {
      throw new IllegalStateException(
          "No folding batch: register a FoldingInterceptor for this processing group");
    }
    return batch;
  }

  static FoldingBatch of(UnitOfWork<?> unitOfWork, String processorName, MongoTemplate mongo) {
    return unitOfWork.getOrComputeResource(RESOURCE, key -> new FoldingBatch(processorName, mongo));
  }

  /** Forgets a processor's checkpoint, when its read models are dropped for a replay. */
  public static void forgetCheckpoint(MongoTemplate mongo, String processorName) {
    mongo.getCollection(CHECKPOINTS).deleteOne(Filters.eq("_id", processorName));
  }

  void startEvent(TrackingToken token) {
    eventToken = token;
  }

  /**
   * The pending changes of document {@code id} in {@code collection}, or {@link Fold#SKIPPED} when
   * the document already contains the event being handled.
   */
  public Fold fold(String collection, String id) {
    DocumentKey key = new DocumentKey(collection, id);
    if (alreadyContainsCurrentEvent(key)) {
      return Fold.SKIPPED;
    }
    Fold fold = folds.computeIfAbsent(key, k -> new Fold(true));
    fold.advanceTo(eventToken);
    if (eventToken != null) {
      lastFoldedToken = eventToken;
    }
    return fold;
  }

  /**
   * Writes what is pending now, e.g. before reading documents this batch changed. The checkpoint
   * goes first: documents never hold an event the checkpoint does not cover.
   */
  public void flush() {
    folds.values().removeIf(Fold::isEmpty);
    if (folds.isEmpty()) {
      return;
    }
    if (lastFoldedToken != null) {
      mongo
          .getCollection(CHECKPOINTS)
          .updateOne(
              Filters.eq("_id", processorName),
              new Document(
                  "$set", new Document(POSITION, TokenPositions.toDocument(lastFoldedToken))),
              UPSERT);
    }
    Map<String, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
    folds.forEach(
        (key, fold) ->
            writes
                .computeIfAbsent(key.collection(), c -> new ArrayList<>())
                .add(new UpdateOneModel<>(Filters.eq("_id", key.id()), fold.toUpdate(), UPSERT)));
    writes.forEach(
        (collection, models) ->
            mongo
                .getCollection(collection)
                .bulkWrite(models, new BulkWriteOptions().ordered(false)));
    folds.clear();
    storedPositions.clear();
  }

  private boolean alreadyContainsCurrentEvent(DocumentKey key) {
    if (eventToken == null || !mayBeRedelivery()) {
      return false;
    }
    TrackingToken stored = storedPositions.computeIfAbsent(key, this::readPosition);
    return TokenPositions.covers(stored, eventToken);
  }

  /** Decided once per batch, at its first event: later events of the batch come after it. */
  private boolean mayBeRedelivery() {
    if (mayBeRedelivery == null) {
      Document checkpoint =
          mongo.getCollection(CHECKPOINTS).find(Filters.eq("_id", processorName)).first();
      TrackingToken flushed =
          checkpoint == null
              ? null
              : TokenPositions.fromDocument(checkpoint.get(POSITION, Document.class));
      mayBeRedelivery = TokenPositions.covers(flushed, eventToken);
    }
    return mayBeRedelivery;
  }

  private TrackingToken readPosition(DocumentKey key) {
    Document stored =
        mongo
            .getCollection(key.collection())
            .find(Filters.eq("_id", key.id()))
            .projection(Projections.include(POSITION))
            .first();
    return stored == null
        ? null
        : TokenPositions.fromDocument(stored.get(POSITION, Document.class));
  }

  private record DocumentKey(String collection, String id) {}
}
