package vn.thidua.query.live;

import static vn.thidua.query.EventStoreWriter.actedBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.EventStoreWriter;

/** Two courts in a campaign of their own, appended to the event store as the command side would. */
final class LiveCampaign {
  final String run = UUID.randomUUID().toString().substring(0, 8);
  final String campaignId = "LIVE-" + run;
  final String halong = "TAND-HALONG-" + run;
  final String campha = "TAND-CAMPHA-" + run;
  private final EventStoreWriter events;
  private final MetaData clerk;
  private int cases;

  LiveCampaign(EventStoreWriter events) {
    this.events = events;
    this.clerk = actedBy("thuky.qn", "TAND-QN", "cases-" + run);
  }

  LiveCampaign launch() {
    MetaData admin = actedBy("quantri", "TANDTC", "units-" + run);
    events.append(
        "CourtUnit",
        halong,
        new UnitRegistered(halong, "TAND thành phố Hạ Long", CourtLevel.REGIONAL, null, 15),
        admin);
    events.append(
        "CourtUnit",
        campha,
        new UnitRegistered(campha, "TAND thành phố Cẩm Phả", CourtLevel.REGIONAL, null, 8),
        admin);
    events.append(
        "Campaign",
        campaignId,
        new CampaignLaunched(
            campaignId,
            "TAND-QN",
            "Phong trào thi đua năm 2023",
            "Trực tiếp",
            LocalDate.parse("2022-10-01"),
            LocalDate.parse("2023-09-30"),
            List.of(halong, campha),
            List.of(
                new Phase(
                    "DOT-1",
                    "Đợt 1",
                    null,
                    LocalDate.parse("2022-10-01"),
                    LocalDate.parse("2023-03-31")),
                new Phase(
                    "DOT-2",
                    "Đợt 2",
                    null,
                    LocalDate.parse("2023-04-01"),
                    LocalDate.parse("2023-09-30"))),
            List.of(
                new Criterion(
                    Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90"))),
            List.of(),
            List.of(),
            "live updates test"),
        actedBy("totochuc.qn", "TAND-QN", "launch-" + run));
    return this;
  }

  /** A new case of the unit, accepted in phase 1. */
  void acceptCase(String unitId) {
    cases++;
    String caseId = "LIVE-" + run + "-" + cases;
    events.append(
        "CourtCase",
        caseId,
        new CaseAccepted(
            caseId,
            unitId,
            CaseType.CIVIL,
            LocalDate.parse("2022-11-0" + (1 + cases % 9)),
            false,
            null),
        clerk);
  }

  String leaderboardPath() {
    return "/api/campaigns/" + campaignId + "/leaderboard?phaseId=DOT-1";
  }

  String leaderboardStreamPath() {
    return "/api/campaigns/" + campaignId + "/leaderboard/stream?phaseId=DOT-1";
  }

  String scorecardStreamPath(String unitId) {
    return "/api/units/" + unitId + "/scorecard/stream?campaignId=" + campaignId + "&phaseId=DOT-1";
  }
}
