package vn.thidua.query.replay;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.events.problem.NotFound;

/**
 * Builds a second tracking processor beside a live one: the same event handlers, the same
 * interceptors (the batch folding among them), but writing into another generation of the read
 * model's collections and tracking its own position from the first event.
 */
@Component
class ShadowProcessors {
  /**
   * The tracking processor registers one interceptor of its own, which stores its token: copying it
   * would make the shadow move the live processor's position.
   */
  private static final String OWN_TOKEN_INTERCEPTOR = TrackingEventProcessor.class.getName() + "$$";

  private final org.axonframework.config.Configuration axon;
  private final EventStore events;
  private final int batchSize;

  ShadowProcessors(
      org.axonframework.config.Configuration axon,
      EventStore events,
      @Value("${thidua.replay.batch-size:20000}") int batchSize) {
    this.axon = axon;
    this.events = events;
    this.batchSize = batchSize;
  }

  TrackingEventProcessor live(String readModel) {
    EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
    return processing
        .eventProcessor(readModel, TrackingEventProcessor.class)
        .orElseThrow(() -> new UnknownReadModel(readModel));
  }

  /**
   * A processor named {@code name} that feeds {@code readModel}'s handlers into {@code generation},
   * skipping the events {@code admitted} refuses.
   */
  TrackingEventProcessor shadow(
      String name,
      String readModel,
      String generation,
      TokenStore tokens,
      Predicate<TrackedEventMessage<?>> admitted) {
    return shadow(name, Map.of(readModel, generation), tokens, admitted);
  }

  /**
   * One processor feeding several read models at once, each into its own generation: the events are
   * read once however many read models are rebuilt.
   */
  TrackingEventProcessor shadow(
      String name,
      Map<String, String> generations,
      TokenStore tokens,
      Predicate<TrackedEventMessage<?>> admitted) {
    List<TrackingEventProcessor> lives = generations.keySet().stream().map(this::live).toList();
    TrackingEventProcessor shadow =
        TrackingEventProcessor.builder()
            .name(name)
            .eventHandlerInvoker(
                new MultiEventHandlerInvoker(
                    lives.stream().map(TrackingEventProcessor::eventHandlerInvoker).toList()))
            .messageSource(events)
            .tokenStore(tokens)
            .transactionManager(NoTransactionManager.INSTANCE)
            .errorHandler(PropagatingErrorHandler.instance())
            .trackingEventProcessorConfiguration(
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(batchSize)
                    .andInitialSegmentsCount(1)
                    .andEventAvailabilityTimeout(200, TimeUnit.MILLISECONDS)
                    // never interrupted mid-batch: its writes must not run ahead of its token
                    .andWorkerTerminationTimeout(10, TimeUnit.MINUTES))
            .build();
    shadow.registerHandlerInterceptor(
        (unitOfWork, chain) -> Generations.building(generations, () -> proceed(chain)));
    Set<MessageHandlerInterceptor<? super EventMessage<?>>> copied =
        Collections.newSetFromMap(new IdentityHashMap<>());
    for (TrackingEventProcessor live : lives) {
      for (MessageHandlerInterceptor<? super EventMessage<?>> interceptor :
          live.getHandlerInterceptors()) {
        if (!interceptor.getClass().getName().startsWith(OWN_TOKEN_INTERCEPTOR)
            && copied.add(interceptor)) {
          shadow.registerHandlerInterceptor(interceptor);
        }
      }
    }
    shadow.registerHandlerInterceptor(
        (unitOfWork, chain) -> {
          EventMessage<?> event = unitOfWork.getMessage();
          if (event instanceof TrackedEventMessage<?> tracked && !admitted.test(tracked)) {
            return null;
          }
          return chain.proceed();
        });
    return shadow;
  }

  /** How far a single-segment processor has come: its global index, -1 before the first event. */
  static long positionOf(TrackingEventProcessor processor) {
    EventTrackerStatus status = processor.processingStatus().get(0);
    return status == null ? -1 : status.getCurrentPosition().orElse(-1);
  }

  private static Object proceed(org.axonframework.messaging.InterceptorChain chain) {
    try {
      return chain.proceed();
    } catch (RuntimeException | Error failure) {
      throw failure;
    } catch (Exception failure) {
      throw new IllegalStateException(failure);
    }
  }

  /** No read model of that name can be rebuilt. */
  static class UnknownReadModel extends NotFound {
    UnknownReadModel(String name) {
      super("readModel", "read-model-must-exist", "There is no read model '" + name + "'");
    }
  }
}
