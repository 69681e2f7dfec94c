package vn.thidua.demo;

import static vn.thidua.demo.QuangNinhCampaign.ENDS_ON;
import static vn.thidua.demo.QuangNinhCampaign.STARTS_ON;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.RecordCourtMediationOutcome;
import vn.thidua.events.caseload.TransferToCourtMediation;

/**
 * Plans the article's mediation and dialogue at court (Luật Hòa giải, đối thoại tại Tòa án 2020):
 * 3,380 matters transferred to the courts' mediators in the year, 2,337 of them successful. Every
 * matter is received and concluded within the year. Units follow the caseload weights and dispute
 * types the weights of the cases open to mediation: our estimates.
 */
final class CourtMediationPlanner {
  static final long SEED = 20231210L;
  static final int TRANSFERRED = 3_380;
  static final int SUCCESSFUL = 2_337;

  private static final List<CaseType> DISPUTE_TYPES =
      List.of(
          CaseType.MARRIAGE_AND_FAMILY,
          CaseType.CIVIL,
          CaseType.BUSINESS_AND_TRADE,
          CaseType.LABOUR,
          CaseType.ADMINISTRATIVE);
  private static final int[] DISPUTE_WEIGHTS = {52, 33, 9, 2, 4};
  private static final int LONGEST_MEDIATION_DAYS = 45;

  private final Random random;

  CourtMediationPlanner(long seed) {
    this.random = new Random(seed);
  }

  List<PlannedMediation> plan(List<DemoUnit> units) {
    List<String> unitOfMatter =
        shuffled(
            Quotas.repeat(
                units.stream().map(DemoUnit::unitId).toList(),
                Quotas.split(
                    TRANSFERRED, units.stream().mapToInt(DemoUnit::caseloadWeight).toArray())));
    List<CaseType> typeOfMatter =
        shuffled(Quotas.repeat(DISPUTE_TYPES, Quotas.split(TRANSFERRED, DISPUTE_WEIGHTS)));
    List<Boolean> success = new ArrayList<>();
    for (int i = 0; i < TRANSFERRED; i++) {
      success.add(i < SUCCESSFUL);
    }
    success = shuffled(success);
    LocalDate lastReceipt = ENDS_ON.minusDays(LONGEST_MEDIATION_DAYS);
    int days = (int) ChronoUnit.DAYS.between(STARTS_ON, lastReceipt) + 1;
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < TRANSFERRED; i++) {
      LocalDate receivedOn = STARTS_ON.plusDays(random.nextInt(days));
      LocalDate concludedOn = receivedOn.plusDays(1 + random.nextInt(LONGEST_MEDIATION_DAYS));
      drafts.add(
          new Draft(
              i,
              unitOfMatter.get(i),
              typeOfMatter.get(i),
              receivedOn,
              concludedOn,
              success.get(i)));
    }
    drafts.sort(
        Comparator.comparing(Draft::receivedOn)
            .thenComparing(Draft::unitId)
            .thenComparingInt(Draft::index));
    List<PlannedMediation> mediations = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      String mediationId = String.format("HG-QN-2023-%05d", i + 1);
      mediations.add(
          new PlannedMediation(
              new TransferToCourtMediation(
                  mediationId, draft.unitId(), draft.receivedOn(), draft.type()),
              new RecordCourtMediationOutcome(
                  mediationId,
                  draft.concludedOn(),
                  draft.success()
                      ? CourtMediationOutcome.SUCCESS
                      : CourtMediationOutcome.FAILURE)));
    }
    return mediations;
  }

  private record Draft(
      int index,
      String unitId,
      CaseType type,
      LocalDate receivedOn,
      LocalDate concludedOn,
      boolean success) {}

  private <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }
}
