package vn.thidua.demo;

import static vn.thidua.demo.QuangNinhCampaign.ENDS_ON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.PublishJudgment;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordJudgmentEffective;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictOutcome;

/**
 * Plans what happens to the tried cases after their verdict, within the year 1/10/2022 – 30/9/2023:
 * the appeal outcomes that make the article's 0.58 % of judgments annulled or amended for
 * subjective reasons, and the judgments of the model and online trials taking legal effect and
 * being published within 30 days (the article's 100 %).
 */
final class FollowUpPlanner {
  static final long SEED = 20231209L;

  /** Subjective, whole: each counts 1. */
  static final int SUBJECTIVE_WHOLE = 37;

  /** Subjective, partial: two count as one. */
  static final int SUBJECTIVE_PARTIAL = 8;

  /** Amended or annulled for objective reasons (new evidence, a changed law): they do not count. */
  static final int OBJECTIVE = 12;

  /** Judgments the appeal court upheld: they do not count either. */
  static final int UPHELD = 120;

  /** The appeal decision comes this many days after the verdict at the latest. */
  private static final int LONGEST_APPEAL_DAYS = 90;

  /** The appeal period (15 days) has run out the day after. */
  static final int DAYS_TO_TAKE_EFFECT = 16;

  /** Resolution 03/2017/NQ-HĐTP: published within 30 days; the demo publishes within 20. */
  static final int LONGEST_PUBLICATION_DAYS = 20;

  private static final String PORTAL = "https://congbobanan.toaan.gov.vn/";

  private final Random random;

  FollowUpPlanner(long seed) {
    this.random = new Random(seed);
  }

  record FollowUps(List<RecordAppealOutcome> appeals, List<PlannedJudgment> judgments) {}

  FollowUps plan(List<PlannedCase> cases) {
    List<RecordVerdict> tried =
        cases.stream()
            .flatMap(planned -> planned.verdict().stream())
            .filter(verdict -> verdict.outcome() == VerdictOutcome.TRIED)
            .toList();
    List<RecordAppealOutcome> appeals = planAppeals(tried);
    Set<String> appealed = new HashSet<>();
    appeals.forEach(appeal -> appealed.add(appeal.caseId()));
    return new FollowUps(appeals, planJudgments(tried, appealed));
  }

  /** Cases decided by the appeal court within the year; the earlier verdicts are the candidates. */
  private List<RecordAppealOutcome> planAppeals(List<RecordVerdict> tried) {
    List<RecordVerdict> candidates =
        new ArrayList<>(
            tried.stream()
                .filter(verdict -> !verdict.modelTrial() && !verdict.onlineTrial())
                .filter(verdict -> verdict.resolvedOn().isBefore(ENDS_ON.minusDays(30)))
                .toList());
    Collections.shuffle(candidates, random);
    List<RecordAppealOutcome> appeals = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < SUBJECTIVE_WHOLE; i++) {
      appeals.add(
          overturned(
              candidates.get(next++),
              i % 2 == 0 ? AppealResult.ANNULLED : AppealResult.AMENDED,
              AppealScope.WHOLE,
              AppealCause.SUBJECTIVE,
              i % 2 == 0 ? "Vi phạm nghiêm trọng thủ tục tố tụng" : "Áp dụng pháp luật chưa đúng"));
    }
    for (int i = 0; i < SUBJECTIVE_PARTIAL; i++) {
      appeals.add(
          overturned(
              candidates.get(next++),
              i % 2 == 0 ? AppealResult.AMENDED : AppealResult.ANNULLED,
              AppealScope.PARTIAL,
              AppealCause.SUBJECTIVE,
              "Thu thập chứng cứ chưa đầy đủ"));
    }
    for (int i = 0; i < OBJECTIVE; i++) {
      appeals.add(
          overturned(
              candidates.get(next++),
              i % 2 == 0 ? AppealResult.AMENDED : AppealResult.ANNULLED,
              i % 3 == 0 ? AppealScope.PARTIAL : AppealScope.WHOLE,
              AppealCause.OBJECTIVE,
              "Có tình tiết mới tại phiên tòa phúc thẩm"));
    }
    for (int i = 0; i < UPHELD; i++) {
      RecordVerdict verdict = candidates.get(next++);
      appeals.add(
          new RecordAppealOutcome(
              verdict.caseId(), decidedOn(verdict), AppealResult.UPHELD, null, null, null));
    }
    appeals.sort(Comparator.comparing(RecordAppealOutcome::caseId));
    return appeals;
  }

  private RecordAppealOutcome overturned(
      RecordVerdict verdict,
      AppealResult result,
      AppealScope scope,
      AppealCause cause,
      String reason) {
    return new RecordAppealOutcome(
        verdict.caseId(), decidedOn(verdict), result, scope, cause, reason);
  }

  private LocalDate decidedOn(RecordVerdict verdict) {
    LocalDate decidedOn =
        verdict.resolvedOn().plusDays(20 + random.nextInt(LONGEST_APPEAL_DAYS - 19));
    return decidedOn.isAfter(ENDS_ON) ? ENDS_ON : decidedOn;
  }

  /**
   * The judgments of the model and online trials that nobody appealed and that took effect within
   * the year: every one is published, within 30 days and within the year.
   */
  private List<PlannedJudgment> planJudgments(List<RecordVerdict> tried, Set<String> appealed) {
    LocalDate lastVerdict = ENDS_ON.minusDays(DAYS_TO_TAKE_EFFECT + LONGEST_PUBLICATION_DAYS);
    return tried.stream()
        .filter(verdict -> verdict.modelTrial() || verdict.onlineTrial())
        .filter(verdict -> !appealed.contains(verdict.caseId()))
        .filter(verdict -> !verdict.resolvedOn().isAfter(lastVerdict))
        .sorted(Comparator.comparing(RecordVerdict::caseId))
        .map(
            verdict -> {
              LocalDate effectiveOn = verdict.resolvedOn().plusDays(DAYS_TO_TAKE_EFFECT);
              LocalDate publishedOn =
                  effectiveOn.plusDays(1 + random.nextInt(LONGEST_PUBLICATION_DAYS));
              return new PlannedJudgment(
                  new RecordJudgmentEffective(verdict.caseId(), effectiveOn),
                  new PublishJudgment(
                      verdict.caseId(), publishedOn, PORTAL + verdict.caseId().toLowerCase()));
            })
        .toList();
  }
}
