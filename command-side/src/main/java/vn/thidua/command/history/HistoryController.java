package vn.thidua.command.history;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any aggregate's event history, each event with the state after it, for those who audit. */
@RestController
@RequestMapping("/api/history")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'ANALYST')")
public class HistoryController {
  private final AggregateHistory history;

  HistoryController(AggregateHistory history) {
    this.history = history;
  }

  @GetMapping("/{aggregateType}/{aggregateId}")
  HistoryView history(
      @PathVariable @KnownAggregateType String aggregateType,
      @PathVariable @NotBlank @Size(max = 255) String aggregateId) {
    return history.of(aggregateType, aggregateId);
  }
}
