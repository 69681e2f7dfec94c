package vn.thidua.events.organisation;

import java.time.LocalDate;
import vn.thidua.events.problem.RuleBroken;

/** A transfer cannot take effect before the staff member was registered. */
public class TransferBeforeRegistration extends RuleBroken {
  public TransferBeforeRegistration(LocalDate registeredOn) {
    super(
        "effectiveOn",
        "effective-on-or-after-registration",
        "The transfer cannot take effect before the staff member was registered on "
            + registeredOn);
  }
}
