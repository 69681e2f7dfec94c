package vn.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smallest court system the scenarios need: the Supreme People's Court, the Quảng Ninh
 * provincial court and two of its district courts, and a campaign over the 2023 court year.
 */
final class Court {
  static final String CAMPAIGN = "FAULTS-2023";
  static final String[] DISTRICTS = {"TAND-QN-HALONG", "TAND-QN-CAMPHA"};

  private Court() {}

  static void register(Api commands) {
    ok(
        commands.post(
            "quantri",
            "/api/units",
            "{\"unitId\":\"TANDTC\",\"name\":\"Tòa án nhân dân tối cao\",\"level\":\"SUPREME\",\"judges\":120}"));
    ok(
        commands.post(
            "quantri",
            "/api/units",
            "{\"unitId\":\"TAND-QN\",\"name\":\"TAND tỉnh Quảng Ninh\",\"level\":\"PROVINCIAL\",\"parentUnitId\":\"TANDTC\",\"judges\":40}"));
    ok(
        commands.post(
            "quantri",
            "/api/units",
            "{\"unitId\":\"TAND-QN-HALONG\",\"name\":\"TAND thành phố Hạ Long\",\"level\":\"DISTRICT\",\"parentUnitId\":\"TAND-QN\",\"judges\":15}"));
    ok(
        commands.post(
            "quantri",
            "/api/units",
            "{\"unitId\":\"TAND-QN-CAMPHA\",\"name\":\"TAND thành phố Cẩm Phả\",\"level\":\"DISTRICT\",\"parentUnitId\":\"TAND-QN\",\"judges\":9}"));
  }

  static void launchCampaign(Api commands) {
    ok(
        commands.post(
            "totochuc.qn",
            "/api/campaigns",
            """
            {"campaignId":"%s","organiserUnitId":"TAND-QN","title":"Thi đua năm 2023",
             "startsOn":"2022-10-01","endsOn":"2023-09-30",
             "participantUnitIds":["TAND-QN-HALONG","TAND-QN-CAMPHA"],
             "phases":[{"phaseId":"DOT-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2023-03-31"},
                       {"phaseId":"DOT-2","name":"Đợt 2","startsOn":"2023-04-01","endsOn":"2023-09-30"}],
             "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90}],
             "reason":"Kế hoạch thi đua năm 2023"}
            """
                .formatted(CAMPAIGN)));
  }

  static Api.Answer acceptCase(Api commands, String caseId, String unitId, String acceptedOn) {
    return commands.post(
        "thuky.qn",
        "/api/cases",
        "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"%s\"}"
            .formatted(caseId, unitId, acceptedOn));
  }

  static Api.Answer recordVerdict(Api commands, String caseId, String resolvedOn) {
    return commands.post(
        "thuky.qn",
        "/api/cases/" + caseId + "/verdict",
        "{\"resolvedOn\":\"%s\",\"outcome\":\"TRIED\"}".formatted(resolvedOn));
  }

  static void ok(Api.Answer answer) {
    assertThat(answer.status()).as("answered " + answer.body()).isBetween(200, 201);
  }
}
