package vn.thidua.benchmark;

import java.util.List;

/** One way of writing events to the store, one transaction per batch. */
interface EventAppender {
  void append(List<SampleEvent> batch);
}
