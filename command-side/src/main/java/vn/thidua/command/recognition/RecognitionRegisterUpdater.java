package vn.thidua.command.recognition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;

/** Keeps the recognition register in the same transaction as the events (subscribing). */
@Component
@ProcessingGroup("recognition-register")
class RecognitionRegisterUpdater {
  private final RecognitionRegister register;

  RecognitionRegisterUpdater(RecognitionRegister register) {
    this.register = register;
  }

  @EventHandler
  void on(UnitRegistered event) {
    register.unitRegistered(event.unitId(), event.level());
  }

  @EventHandler
  void on(StaffMemberRegistered event) {
    register.staffMemberRegistered(event);
  }

  @EventHandler
  void on(StaffMemberTransferred event) {
    register.staffMemberTransferred(event);
  }

  @EventHandler
  void on(StaffCountChanged event) {
    register.staffCountChanged(event);
  }

  @EventHandler
  void on(PhaseStandingsFrozen event) {
    register.standingsFrozen(event);
  }

  @EventHandler
  void on(NominationMade event) {
    register.nominated(event);
  }

  @EventHandler
  void on(NominationEligibilityAssessed event) {
    register.assessed(event);
  }

  @EventHandler
  void on(BallotOpened event) {
    register.ballotOpened(event);
  }

  @EventHandler
  void on(BallotClosed event) {
    register.ballotClosed(event);
  }

  @EventHandler
  void on(AwardDecided event) {
    register.awardDecided(event);
  }

  @EventHandler
  void on(AwardRevoked event) {
    register.awardRevoked(event);
  }
}
