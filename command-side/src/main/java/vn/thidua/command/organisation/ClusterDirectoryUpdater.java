package vn.thidua.command.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;

@Component
@ProcessingGroup(ClusterDirectoryUpdater.PROCESSING_GROUP)
class ClusterDirectoryUpdater {
  static final String PROCESSING_GROUP = "cluster-directory";

  private final ClusterDirectory directory;

  ClusterDirectoryUpdater(ClusterDirectory directory) {
    this.directory = directory;
  }

  @EventHandler
  void on(ClusterFormed event) {
    directory.add(
        new FormedCluster(
            event.clusterId(),
            event.emulationYear(),
            event.memberUnitIds(),
            event.chairUnitId(),
            event.deputyUnitId()));
  }

  @EventHandler
  void on(ClusterLeadershipChanged event) {
    directory.changeLeadership(event.clusterId(), event.chairUnitId(), event.deputyUnitId());
  }
}
