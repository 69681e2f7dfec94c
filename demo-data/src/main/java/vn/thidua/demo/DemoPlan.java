package vn.thidua.demo;

import java.util.List;
import vn.thidua.events.campaign.LaunchCampaign;

/** Everything the demo creates, in the order it must be sent. */
record DemoPlan(List<DemoUnit> units, LaunchCampaign campaign, List<PlannedCase> cases) {

  static DemoPlan quangNinh2023() {
    return new DemoPlan(
        QuangNinhCourts.all(),
        QuangNinhCampaign.launch(),
        new CaseloadPlanner(CaseloadPlanner.SEED).plan(QuangNinhCourts.twoLevels()));
  }

  long verdictCount() {
    return cases.stream().filter(planned -> planned.verdict().isPresent()).count();
  }
}
