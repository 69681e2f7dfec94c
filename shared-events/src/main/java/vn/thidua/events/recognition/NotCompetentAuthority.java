package vn.thidua.events.recognition;

import vn.thidua.events.problem.NotPermitted;

/** Only the authority competent for the title's level may decide or revoke it. */
public class NotCompetentAuthority extends NotPermitted {
  public NotCompetentAuthority(String field, String rule, String message) {
    super(field, rule, message);
  }
}
