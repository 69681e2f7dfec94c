package vn.thidua.events.caseload;

import java.time.YearMonth;
import vn.thidua.events.problem.AlreadyDone;

/** A judge's month counts for one unit: the one it was first recorded for. */
public class VirtualAssistantUseOfAnotherUnit extends AlreadyDone {
  public VirtualAssistantUseOfAnotherUnit(String judgeId, YearMonth month, String unitId) {
    super(
        "unitId",
        "one-unit-per-judge-and-month",
        "Virtual assistant use of judge '"
            + judgeId
            + "' in "
            + month
            + " is already recorded for unit '"
            + unitId
            + "'");
  }
}
