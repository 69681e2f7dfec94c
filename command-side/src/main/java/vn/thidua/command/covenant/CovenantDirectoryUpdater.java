package vn.thidua.command.covenant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.covenant.CovenantDrafted;

@Component
@ProcessingGroup(CovenantDirectoryUpdater.PROCESSING_GROUP)
class CovenantDirectoryUpdater {
  static final String PROCESSING_GROUP = "covenant-directory";

  private final CovenantDirectory directory;

  CovenantDirectoryUpdater(CovenantDirectory directory) {
    this.directory = directory;
  }

  @EventHandler
  void on(CovenantDrafted event) {
    directory.add(event.clusterId(), event.covenantId());
  }
}
