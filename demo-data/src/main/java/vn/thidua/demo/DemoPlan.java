package vn.thidua.demo;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;

/** Everything the demo creates, in the order it must be sent. */
record DemoPlan(
    List<DemoUnit> units,
    LaunchCampaign campaign,
    List<PlannedCase> cases,
    List<RecordAppealOutcome> appeals,
    List<PlannedJudgment> judgments,
    List<PlannedMediation> courtMediations,
    List<RecordVirtualAssistantUse> virtualAssistantUse,
    ClusterIv cluster) {

  static DemoPlan quangNinh2023() {
    List<DemoUnit> twoLevels = QuangNinhCourts.twoLevels();
    List<PlannedCase> cases = new CaseloadPlanner(CaseloadPlanner.SEED).plan(twoLevels);
    FollowUpPlanner.FollowUps followUps = new FollowUpPlanner(FollowUpPlanner.SEED).plan(cases);
    ClusterIv cluster = ClusterIv.of2024();
    List<DemoUnit> units = new ArrayList<>(QuangNinhCourts.all());
    units.addAll(cluster.otherCourts());
    return new DemoPlan(
        List.copyOf(units),
        QuangNinhCampaign.launch(),
        cases,
        followUps.appeals(),
        followUps.judgments(),
        new CourtMediationPlanner(CourtMediationPlanner.SEED).plan(twoLevels),
        new VirtualAssistantPlanner(VirtualAssistantPlanner.SEED).plan(twoLevels),
        cluster);
  }

  long verdictCount() {
    return cases.stream().filter(planned -> planned.verdict().isPresent()).count();
  }
}
