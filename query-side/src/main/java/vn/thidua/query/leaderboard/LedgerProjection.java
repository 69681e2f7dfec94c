package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CourtMediationOutcomeRecorded;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.MatterTransferredToCourtMediation;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.caseload.VirtualAssistantUseCorrected;
import vn.thidua.events.caseload.VirtualAssistantUseRecorded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.folding.Fold;
import vn.thidua.query.folding.FoldingBatch;

/**
 * Folds the caseload into one ledger per unit and into the rows of the leaderboards the unit takes
 * part in. Handlers never write: they add to the batch (see {@link FoldingBatch}), written once per
 * batch. One segment, so every document has one writer and one position.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
class LedgerProjection {
  static final String PROCESSING_GROUP = "ledger";
  private static final List<String> COLLECTIONS =
      List.of(
          LedgerFields.COLLECTION,
          LedgerFields.MONTH_COLLECTION,
          LedgerFields.COVENANTS,
          CampaignEntry.COLLECTION,
          BoardFields.COLLECTION);

  private final MongoTemplate mongo;
  private final CampaignCatalog catalog;
  private final LeaderboardBuilder builder;
  private final LedgerMonths months;

  LedgerProjection(
      MongoTemplate mongo,
      CampaignCatalog catalog,
      LeaderboardBuilder builder,
      LedgerMonths months) {
    this.mongo = mongo;
    this.catalog = catalog;
    this.builder = builder;
    this.months = months;
  }

  @EventHandler
  void on(CaseAccepted event) {
    count(event.unitId(), CaseloadFacts.of(event));
  }

  @EventHandler
  void on(VerdictRecorded event) {
    count(event.unitId(), CaseloadFacts.of(event));
    if (event.modelTrial() && event.presidingJudgeId() != null) {
      months
          .of(event.unitId(), YearMonth.from(event.resolvedOn()))
          .inc(LedgerFields.judge(event.presidingJudgeId(), LedgerFields.MODEL_TRIALS), 1);
    }
  }

  @EventHandler
  void on(AppealOutcomeRecorded event) {
    count(event.unitId(), CaseloadFacts.of(event));
  }

  @EventHandler
  void on(JudgmentTookEffect event) {
    count(event.unitId(), CaseloadFacts.of(event));
  }

  @EventHandler
  void on(JudgmentPublished event) {
    count(event.unitId(), CaseloadFacts.of(event));
  }

  @EventHandler
  void on(MatterTransferredToCourtMediation event) {
    count(event.unitId(), CaseloadFacts.of(event));
  }

  @EventHandler
  void on(CourtMediationOutcomeRecorded event) {
    count(event.unitId(), CaseloadFacts.of(event));
  }

  @EventHandler
  void on(VirtualAssistantUseRecorded event) {
    assistantUse(
        event.unitId(), event.judgeId(), event.month(), event.questionsAndAnswersContributed());
  }

  /** The month's figure replaces the one recorded before. */
  @EventHandler
  void on(VirtualAssistantUseCorrected event) {
    assistantUse(
        event.unitId(), event.judgeId(), event.month(), event.questionsAndAnswersContributed());
  }

  @EventHandler
  void on(UnitRegistered event) {
    ledger(event.unitId())
        .set(LedgerFields.NAME, event.name())
        .set(LedgerFields.judgeCount(LedgerFields.REGISTRATION), event.judges());
    for (Board board : catalog.boardsOf(event.unitId())) {
      board(board)
          .set(BoardFields.row(event.unitId()) + "." + BoardFields.NAME, event.name())
          .set(BoardFields.judgeCount(event.unitId(), LedgerFields.REGISTRATION), event.judges());
    }
  }

  @EventHandler
  void on(JudgeCountChanged event) {
    judgeCount(event.unitId(), event.effectiveFrom(), event.judges());
  }

  @EventHandler
  void on(CovenantDrafted event) {
    FoldingBatch.current()
        .fold(LedgerFields.COVENANTS, event.covenantId())
        .set("clusterId", event.clusterId())
        .set("year", event.year())
        .set(
            "commitments",
            event.commitments().stream()
                .map(
                    commitment ->
                        new Document("metric", commitment.metric().name())
                            .append("target", commitment.target().toPlainString())
                            .append("note", commitment.note()))
                .toList());
  }

  /** The unit commits to the covenant's targets for the year. */
  @EventHandler
  void on(PledgeSigned event) {
    ledger(event.unitId()).set(LedgerFields.PLEDGES + "." + event.year(), event.covenantId());
  }

  @EventHandler
  void on(CampaignLaunched event) {
    builder.launch(event);
  }

  @EventHandler
  void on(CriteriaRevised event) {
    builder.revise(event);
  }

  @ResetHandler
  void reset() {
    catalog.forget();
    months.forget();
    COLLECTIONS.forEach(collection -> mongo.getCollection(collection).drop());
    FoldingBatch.forgetCheckpoint(mongo, PROCESSING_GROUP);
  }

  private void count(String unitId, List<Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    for (Fact fact : facts) {
      months
          .of(unitId, YearMonth.from(fact.on()))
          .inc(LedgerFields.day(fact.on(), fact.counter()), fact.amount())
          .inc(LedgerFields.type(fact.caseType(), fact.counter()), fact.amount());
    }
    for (Board board : catalog.boardsOf(unitId)) {
      Fold row = board(board);
      for (Fact fact : facts) {
        for (PeriodFigure figure : PeriodFigure.values()) {
          row.inc(
              BoardFields.figure(unitId, figure),
              figure.contribution(fact.counter(), fact.on(), fact.amount(), board.period()));
        }
      }
    }
  }

  private void assistantUse(String unitId, String judgeId, YearMonth month, int qa) {
    months
        .of(unitId, month)
        .set(LedgerFields.judge(judgeId, LedgerFields.QUESTIONS_AND_ANSWERS), qa);
    for (Board board : catalog.boardsOf(unitId)) {
      if (board.period().overlaps(month)) {
        board(board).set(BoardFields.assistantUse(unitId, judgeId, month), qa);
      }
    }
  }

  private void judgeCount(String unitId, LocalDate effectiveFrom, int judges) {
    ledger(unitId).set(LedgerFields.judgeCount(effectiveFrom), judges);
    for (Board board : catalog.boardsOf(unitId)) {
      board(board).set(BoardFields.judgeCount(unitId, effectiveFrom), judges);
    }
  }

  private static Fold ledger(String unitId) {
    return FoldingBatch.current().fold(LedgerFields.COLLECTION, unitId);
  }

  private static Fold board(Board board) {
    return FoldingBatch.current().fold(BoardFields.COLLECTION, board.boardId()).versioned();
  }
}
