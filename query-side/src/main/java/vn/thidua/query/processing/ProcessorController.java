package vn.thidua.query.processing;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far behind the event store each read model is, for operators and the curious. */
@RestController
public class ProcessorController {
  private final ProcessorMonitor monitor;

  ProcessorController(ProcessorMonitor monitor) {
    this.monitor = monitor;
  }

  /**
   * Every tracking processor of this instance: running, in error, segments claimed, events behind
   * the head of the event store, replay progress.
   */
  @GetMapping("/api/processors")
  public List<ProcessorStatusView> processors() {
    return monitor.statuses();
  }
}
