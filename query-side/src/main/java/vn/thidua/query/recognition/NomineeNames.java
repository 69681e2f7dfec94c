package vn.thidua.query.recognition;

import org.springframework.stereotype.Component;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.support.privacy.PersonalNames;

/**
 * Reveals a person nominee's name when it is read, not when it is projected: the read models keep
 * it sealed, so an erased person's name disappears from every answer at once, with no read model to
 * wipe and nothing a replay could bring back.
 */
@Component
class NomineeNames {
  private final PersonalNames names;

  NomineeNames(PersonalNames names) {
    this.names = names;
  }

  Nominee revealed(Nominee nominee) {
    if (nominee == null || nominee.personId() == null) {
      return nominee;
    }
    return new Nominee(
        nominee.unitId(),
        nominee.personId(),
        names.reveal(nominee.sealedName(), nominee.name(), nominee.personId()),
        null);
  }

  NominationView revealed(NominationView nomination) {
    return nomination == null ? null : nomination.withNominee(revealed(nomination.nominee()));
  }

  AwardView revealed(AwardView award) {
    return award == null ? null : award.withNominee(revealed(award.nominee()));
  }
}
