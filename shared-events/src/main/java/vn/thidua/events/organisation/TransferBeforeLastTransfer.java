package vn.thidua.events.organisation;

import java.time.LocalDate;
import vn.thidua.events.problem.RuleBroken;

/** Transfers are recorded in date order, so every transfer knows the unit it moves from. */
public class TransferBeforeLastTransfer extends RuleBroken {
  public TransferBeforeLastTransfer(LocalDate lastEffectiveOn) {
    super(
        "effectiveOn",
        "transfers-in-date-order",
        "The transfer cannot take effect before the previous transfer, effective on "
            + lastEffectiveOn);
  }
}
