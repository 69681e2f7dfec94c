package vn.thidua.query.folding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.query.ThrowawayMongo;

/**
 * The folding interceptor as a tracking processor drives it: batches in a BatchingUnitOfWork, the
 * token stored at prepare-commit. "Redelivered" means the processor died after the flush and before
 * the token was stored, so the next run starts from the previous token again.
 */
class FoldingBatchTest {
  private static final String PROCESSOR = "test-processor";
  private static final String COLLECTION = "counts";

  private final MongoTemplate mongo = ThrowawayMongo.newDatabase();
  private final FoldingInterceptor interceptor = new FoldingInterceptor(PROCESSOR, mongo);

  @Test
  void theBatchIsWrittenBeforeTheProcessorStoresItsToken() throws Exception {
    AtomicReference<Long> countWhenTokenStored = new AtomicReference<>();
    List<EventMessage<?>> batch = List.of(event(1, "A"), event(2, "A"), event(3, "B"));
    BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
    unitOfWork.onPrepareCommit(u -> countWhenTokenStored.set(count("A")));

    process(unitOfWork);

    assertThat(countWhenTokenStored.get()).isEqualTo(2);
    assertThat(count("B")).isEqualTo(1);
  }

  @Test
  void aBatchRedeliveredAfterItsFlushCountsNothingTwice() throws Exception {
    process(List.of(event(1, "A"), event(2, "A"), event(3, "B")));

    // the token was not stored: the next batch starts at the same place and is larger
    process(List.of(event(1, "A"), event(2, "A"), event(3, "B"), event(4, "A"), event(5, "C")));

    assertThat(count("A")).isEqualTo(3);
    assertThat(count("B")).isEqualTo(1);
    assertThat(count("C")).isEqualTo(1);
  }

  @Test
  void aFlushCutShortIsCompletedByTheRedeliveryWithoutCountingTwice() throws Exception {
    process(List.of(event(1, "A"), event(2, "B"), event(3, "A")));
    // the process died inside the bulk write: A was written, B was not
    mongo.getCollection(COLLECTION).deleteOne(new Document("_id", "B"));

    process(List.of(event(1, "A"), event(2, "B"), event(3, "A")));

    assertThat(count("A")).isEqualTo(2);
    assertThat(count("B")).isEqualTo(1);
  }

  @Test
  void anEventFillingAGapIsCountedOnceEvenWhenItsBatchIsRedelivered() throws Exception {
    // event 5 was still in flight when 6 was read: 6 comes with a gap at 5, then 5 fills it
    TrackingToken sixWithGap = GapAwareTrackingToken.newInstance(6, Set.of(5L));
    TrackingToken fiveFilled = GapAwareTrackingToken.newInstance(6, Set.of());
    process(List.of(event(sixWithGap, "A")));
    process(List.of(event(fiveFilled, "A")));
    assertThat(count("A")).isEqualTo(2);

    process(List.of(event(sixWithGap, "A")));
    process(List.of(event(fiveFilled, "A")));
    assertThat(count("A")).isEqualTo(2);
  }

  @Test
  void duringAReplayThePositionIsTheOneInsideTheReplay() {
    TrackingToken replaying = GapAwareTrackingToken.newInstance(3, Set.of());
    TrackingToken replay =
        ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, Set.of()), replaying);
    TrackedEventMessage<?> event =
        new GenericTrackedEventMessage<>(replay, GenericEventMessage.asEventMessage("x"));

    assertThat(TokenPositions.of(event)).isEqualTo(replaying);
  }

  @Test
  void positionsSurviveTheirWayThroughMongo() {
    TrackingToken token = GapAwareTrackingToken.newInstance(42, Set.of(7L, 40L));
    assertThat(TokenPositions.fromDocument(TokenPositions.toDocument(token))).isEqualTo(token);
  }

  private void process(List<TrackedEventMessage<?>> batch) throws Exception {
    process(new BatchingUnitOfWork<>(new ArrayList<EventMessage<?>>(batch)));
  }

  private void process(BatchingUnitOfWork<EventMessage<?>> unitOfWork) throws Exception {
    unitOfWork
        .executeWithResult(
            () ->
                interceptor.handle(
                    unitOfWork,
                    () -> {
                      String documentId =
                          (String) CurrentUnitOfWork.get().getMessage().getPayload();
                      FoldingBatch.current().fold(COLLECTION, documentId).inc("n", 1);
                      return null;
                    }))
        .optionalExceptionResult()
        .ifPresent(
            failure -> {
              throw new AssertionError(failure);
            });
  }

  private long count(String documentId) {
    Document document =
        mongo.getCollection(COLLECTION).find(new Document("_id", documentId)).first();
    return document == null ? 0 : ((Number) document.get("n")).longValue();
  }

  private static TrackedEventMessage<?> event(long index, String documentId) {
    return event(GapAwareTrackingToken.newInstance(index, Set.of()), documentId);
  }

  private static TrackedEventMessage<?> event(TrackingToken token, String documentId) {
    return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage(documentId));
  }
}
