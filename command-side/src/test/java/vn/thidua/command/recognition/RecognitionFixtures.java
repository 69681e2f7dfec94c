package vn.thidua.command.recognition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.thidua.command.organisation.KnownUnits;
import vn.thidua.command.privacy.InMemoryVault;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.organisation.CourtLevel;

/** Courts, users, a clock and frozen standings shared by the recognition aggregate tests. */
final class RecognitionFixtures {
  static final String SUPREME = "TANDTC";
  static final String PROVINCE = "TAND-QN";
  static final String OTHER_PROVINCE = "TAND-HN";
  static final String DISTRICT = "QN-HALONG";
  static final String CAMPAIGN = "QN-2024";
  static final String PHASE = "dot-1";
  static final LocalDate TODAY = LocalDate.of(2024, 11, 15);

  final KnownUnits units =
      new KnownUnits()
          .with(SUPREME, null)
          .with(PROVINCE, SUPREME)
          .with(OTHER_PROVINCE, SUPREME)
          .with(DISTRICT, PROVINCE);
  final InMemoryRecognitionRegister register = new InMemoryRecognitionRegister();
  final InMemoryBallotBox box = new InMemoryBallotBox();
  final InMemoryVault vault = new InMemoryVault();
  final Clock clock =
      Clock.fixed(
          TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
          ZoneId.of("Asia/Ho_Chi_Minh"));

  RecognitionFixtures() {
    register.unitRegistered(SUPREME, CourtLevel.SUPREME);
    register.unitRegistered(PROVINCE, CourtLevel.PROVINCIAL);
    register.unitRegistered(OTHER_PROVINCE, CourtLevel.PROVINCIAL);
    register.unitRegistered(DISTRICT, CourtLevel.DISTRICT);
  }

  void into(AggregateTestFixture<?> fixture, RecognitionProperties properties) {
    fixture.registerInjectableResource(units);
    fixture.registerInjectableResource(register);
    fixture.registerInjectableResource(box);
    fixture.registerInjectableResource(properties);
    fixture.registerInjectableResource(clock);
    fixture.registerInjectableResource(vault);
  }

  /** Freezes the phase with the district court's annulled rate and failed gates. */
  void freeze(String annulledRate, List<String> failedGates) {
    List<CriterionFigure> figures =
        annulledRate == null
            ? List.of()
            : List.of(
                new CriterionFigure(
                    Metric.ANNULLED_AMENDED_RATE,
                    new BigDecimal(annulledRate),
                    new BigDecimal("1.5"),
                    BigDecimal.ONE,
                    BigDecimal.TEN));
    register.standingsFrozen(
        new PhaseStandingsFrozen(
            CAMPAIGN,
            PHASE,
            LocalDate.of(2024, 3, 31),
            List.of(
                new FrozenStanding(1, DISTRICT, 100, 95, BigDecimal.TEN, figures, failedGates))));
  }

  static Map<String, Object> actor(String userId, String unitId, String roles) {
    return Map.of(
        MetadataKeys.USER_ID, userId,
        MetadataKeys.USER_UNIT_ID, unitId,
        MetadataKeys.USER_ROLES, roles);
  }

  static final Map<String, Object> OFFICER = actor("thidua.qn", PROVINCE, "EMULATION_OFFICER");
  static final Map<String, Object> PROVINCIAL_DECIDER = actor("chanhan.qn", PROVINCE, "DECIDER");
  static final Map<String, Object> SUPREME_DECIDER = actor("chanhan.tc", SUPREME, "DECIDER");
}
