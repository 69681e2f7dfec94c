package vn.thidua.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.privacy.PersonalDataVault;
import vn.thidua.events.organisation.ErasePersonalData;
import vn.thidua.events.organisation.RegisterStaffMember;
import vn.thidua.events.organisation.StaffMemberAlreadyRegistered;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.organisation.TransferBeforeLastTransfer;
import vn.thidua.events.organisation.TransferBeforeRegistration;
import vn.thidua.events.organisation.TransferStaffMember;
import vn.thidua.events.organisation.TransferToSameUnit;
import vn.thidua.events.privacy.PersonalDataAlreadyErased;
import vn.thidua.events.privacy.PersonalDataErased;

/** A person working at a court (cán bộ, công chức), and the units they are transferred to. */
@Aggregate
class StaffMember {
  @AggregateIdentifier private String staffId;
  private String unitId;
  private LocalDate registeredOn;
  private LocalDate lastTransferOn;
  private boolean personalDataErased;

  StaffMember() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      RegisterStaffMember command, UnitDirectory directory, PersonalDataVault vault, Clock clock) {
    if (staffId != null) {
      throw new StaffMemberAlreadyRegistered(command.staffId());
    }
    directory.requireRegistered("unitId", command.unitId());
    apply(
        new StaffMemberRegistered(
            command.staffId(),
            vault.seal(command.staffId(), command.fullName()),
            command.role(),
            command.unitId(),
            LocalDate.now(clock)));
  }

  @CommandHandler
  void handle(TransferStaffMember command, UnitDirectory directory) {
    directory.requireRegistered("toUnitId", command.toUnitId());
    if (command.toUnitId().equals(unitId)) {
      throw new TransferToSameUnit(unitId);
    }
    if (command.effectiveOn().isBefore(registeredOn)) {
      throw new TransferBeforeRegistration(registeredOn);
    }
    if (lastTransferOn != null && command.effectiveOn().isBefore(lastTransferOn)) {
      throw new TransferBeforeLastTransfer(lastTransferOn);
    }
    apply(new StaffMemberTransferred(staffId, unitId, command.toUnitId(), command.effectiveOn()));
  }

  /**
   * Deletes the person's key in this command's transaction, so event and erasure commit together.
   */
  @CommandHandler
  void handle(ErasePersonalData command, PersonalDataVault vault, Clock clock) {
    if (personalDataErased) {
      throw new PersonalDataAlreadyErased(staffId);
    }
    vault.shred(staffId);
    apply(new PersonalDataErased(staffId, command.reason(), LocalDate.now(clock)));
  }

  @EventSourcingHandler
  void on(StaffMemberRegistered event) {
    staffId = event.staffId();
    unitId = event.unitId();
    registeredOn = event.registeredOn();
  }

  @EventSourcingHandler
  void on(StaffMemberTransferred event) {
    unitId = event.toUnitId();
    lastTransferOn = event.effectiveOn();
  }

  @EventSourcingHandler
  void on(PersonalDataErased event) {
    personalDataErased = true;
  }
}
