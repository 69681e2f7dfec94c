package vn.thidua.query.processing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** Reads the status of every streaming processor of this instance against the store's head. */
@Component
class ProcessorMonitor {
  private final EventProcessingConfiguration processing;
  private final CachedEventStoreHead head;

  ProcessorMonitor(EventProcessingConfiguration processing, CachedEventStoreHead head) {
    this.processing = processing;
    this.head = head;
  }

  List<String> names() {
    return processors().stream().map(StreamingEventProcessor::getName).sorted().toList();
  }

  List<ProcessorStatusView> statuses() {
    long globalIndex = head.globalIndex();
    return processors().stream()
        .sorted(Comparator.comparing(StreamingEventProcessor::getName))
        .map(processor -> statusOf(processor, globalIndex))
        .toList();
  }

  Optional<ProcessorStatusView> status(String name) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .map(processor -> statusOf(processor, head.globalIndex()));
  }

  private List<StreamingEventProcessor> processors() {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .toList();
  }

  private static ProcessorStatusView statusOf(StreamingEventProcessor processor, long head) {
    List<ProcessorStatusView.Segment> segments = new ArrayList<>();
    Long slowest = null;
    Long behind = null;
    Double replayProgress = null;
    boolean segmentInError = false;
    for (Map.Entry<Integer, EventTrackerStatus> entry :
        new java.util.TreeMap<>(processor.processingStatus()).entrySet()) {
      EventTrackerStatus status = entry.getValue();
      SegmentPosition position = SegmentPosition.of(status.getTrackingToken());
      OptionalLong index = position.position();
      long segmentBehind = position.behind(head);
      behind = behind == null ? segmentBehind : Math.max(behind, segmentBehind);
      if (index.isPresent() && (slowest == null || index.getAsLong() < slowest)) {
        slowest = index.getAsLong();
      }
      if (position.replaying()) {
        double progress = position.replayProgressPercent();
        replayProgress = replayProgress == null ? progress : Math.min(replayProgress, progress);
      }
      segmentInError |= status.isErrorState();
      segments.add(
          new ProcessorStatusView.Segment(
              entry.getKey(),
              index.isPresent() ? index.getAsLong() : null,
              status.isCaughtUp(),
              position.replaying(),
              status.isErrorState() && status.getError() != null
                  ? status.getError().toString()
                  : null));
    }
    return new ProcessorStatusView(
        processor.getName(),
        processor.isRunning(),
        processor.isError() || segmentInError,
        replayProgress != null,
        segments.size(),
        slowest,
        head,
        behind,
        replayProgress == null
            ? null
            : BigDecimal.valueOf(replayProgress).setScale(1, RoundingMode.DOWN),
        segments);
  }
}
