package vn.thidua.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.events.organisation.ChangeJudgeCount;
import vn.thidua.events.organisation.ChangeStaffCount;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.RegisterUnit;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.UnitAlreadyRegistered;
import vn.thidua.events.organisation.UnitRegistered;

/** A court unit (Tòa án) with its judge and staff counts. */
@Aggregate
class CourtUnit {
  @AggregateIdentifier private String unitId;

  CourtUnit() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RegisterUnit command, UnitDirectory directory) {
    if (unitId != null) {
      throw new UnitAlreadyRegistered(command.unitId());
    }
    if (command.parentUnitId() != null) {
      directory.requireRegistered("parentUnitId", command.parentUnitId());
    }
    apply(
        new UnitRegistered(
            command.unitId(),
            command.name(),
            command.level(),
            command.parentUnitId(),
            command.judges()));
  }

  @CommandHandler
  void handle(ChangeJudgeCount command) {
    apply(new JudgeCountChanged(unitId, command.judges(), command.effectiveFrom()));
  }

  @CommandHandler
  void handle(ChangeStaffCount command) {
    apply(new StaffCountChanged(unitId, command.staff(), command.effectiveFrom()));
  }

  @EventSourcingHandler
  void on(UnitRegistered event) {
    unitId = event.unitId();
  }
}
