package vn.thidua.query.audit;

/** The _ids under which the evidence file keeps what later decisions cite. */
final class Keys {
  private Keys() {}

  static String campaign(String campaignId) {
    return "campaign/" + campaignId;
  }

  static String standings(String campaignId, String phaseId) {
    return "standings/" + campaignId + "/" + phaseId;
  }

  static String covenant(String covenantId) {
    return "covenant/" + covenantId;
  }

  static String nomination(String nominationId) {
    return "nomination/" + nominationId;
  }

  static String ballot(String ballotId) {
    return "ballot/" + ballotId;
  }

  static String award(String nominationId) {
    return "award/" + nominationId;
  }
}
