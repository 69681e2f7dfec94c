package vn.thidua.command.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.organisation.UnitRegistered;

@Component
@ProcessingGroup("unit-directory")
class UnitDirectoryUpdater {
  private final UnitDirectory directory;

  UnitDirectoryUpdater(UnitDirectory directory) {
    this.directory = directory;
  }

  @EventHandler
  void on(UnitRegistered event) {
    directory.add(event.unitId(), event.parentUnitId());
  }
}
