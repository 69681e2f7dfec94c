package vn.thidua.command.recognition;

import vn.thidua.command.messaging.Actor;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.recognition.NotCompetentAuthority;
import vn.thidua.events.recognition.Title;

/**
 * Only the authority competent for a title decides or revokes it: a DECIDER of a court at the
 * title's configured level, and only for nominees of that court or the courts below it.
 */
final class DecidingAuthority {
  private DecidingAuthority() {}

  static void require(
      String field,
      Title title,
      String nomineeUnitId,
      Actor actor,
      RecognitionProperties properties,
      RecognitionRegister register,
      UnitDirectory directory) {
    CourtLevel required = properties.deciders().get(title);
    if (required == null) {
      throw new NotCompetentAuthority(
          field, "competent-authority", "No deciding authority is configured for " + title);
    }
    boolean atLevel =
        actor.is("DECIDER")
            && actor.unitId() != null
            && register.levelOf(actor.unitId()).filter(required::equals).isPresent();
    if (!atLevel) {
      throw new NotCompetentAuthority(
          field,
          "competent-authority",
          "Only the head of a "
              + required
              + " court (role DECIDER) may decide or revoke "
              + title
              + (properties.externallyDecided().contains(title)
                  ? ", recording the Prime Minister's decision"
                  : ""));
    }
    if (!directory.isWithin(nomineeUnitId, actor.unitId())) {
      throw new NotCompetentAuthority(
          field,
          "competent-authority",
          "Court '"
              + actor.unitId()
              + "' decides only for itself and the courts below it, not for '"
              + nomineeUnitId
              + "'");
    }
  }
}
