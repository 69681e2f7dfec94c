package vn.thidua.command.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.events.campaign.InvalidPhases;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Phase;

/** A campaign's dates: phases start before they end, lie inside the period, and never overlap. */
final class CampaignPeriodRules {
  private CampaignPeriodRules() {}

  static void check(LaunchCampaign command) {
    if (command.startsOn().isAfter(command.endsOn())) {
      throw new InvalidPhases(
          "endsOn", "ends-on-or-after-start", "The campaign ends before it starts");
    }
    List<Phase> phases = command.phases();
    Set<String> phaseIds = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      String field = "phases[" + i + "]";
      if (!phaseIds.add(phase.phaseId())) {
        throw new InvalidPhases(
            field + ".phaseId", "phase-id-unique", "Phase id '" + phase.phaseId() + "' repeats");
      }
      if (phase.startsOn().isAfter(phase.endsOn())) {
        throw new InvalidPhases(
            field + ".endsOn", "ends-on-or-after-start", "The phase ends before it starts");
      }
      if (phase.startsOn().isBefore(command.startsOn())
          || phase.endsOn().isAfter(command.endsOn())) {
        throw new InvalidPhases(
            field,
            "phase-within-campaign-period",
            "The phase must lie within the campaign period "
                + command.startsOn()
                + " – "
                + command.endsOn());
      }
      for (int j = 0; j < i; j++) {
        if (phase.overlaps(phases.get(j))) {
          throw new InvalidPhases(
              field,
              "phases-must-not-overlap",
              "The phase overlaps phase '" + phases.get(j).phaseId() + "'");
        }
      }
    }
  }
}
