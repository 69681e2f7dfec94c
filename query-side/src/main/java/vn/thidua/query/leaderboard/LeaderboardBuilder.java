package vn.thidua.query.leaderboard;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.campaign.Phase;
import vn.thidua.query.folding.FieldKeys;
import vn.thidua.query.folding.Fold;
import vn.thidua.query.folding.FoldingBatch;
import vn.thidua.scoring.ScoringTable;

/**
 * Builds a campaign's leaderboards when it is launched, from what the unit ledgers already count (a
 * campaign may be launched after its cases), and changes their scoring table when it is revised.
 */
@Component
class LeaderboardBuilder {
  private final CampaignCatalog catalog;
  private final UnitLedgers ledgers;

  LeaderboardBuilder(CampaignCatalog catalog, UnitLedgers ledgers) {
    this.catalog = catalog;
    this.ledgers = ledgers;
  }

  /**
   * The ledgers are written first, so they count exactly the events before the launch; the boards
   * are written right away, before any later event reaches a ledger, so a redelivered launch finds
   * either a built board (its position covers the launch) or ledgers without later events.
   */
  void launch(CampaignLaunched event) {
    FoldingBatch batch = FoldingBatch.current();
    batch.flush();
    CampaignEntry campaign = CampaignEntry.of(event);
    CurrentUnitOfWork.get().onRollback(unitOfWork -> catalog.forget());
    catalog.add(campaign);
    Fold entry = batch.fold(CampaignEntry.COLLECTION, campaign.campaignId());
    campaign.toDocument().forEach(entry::set);
    Document table =
        ScoringTables.toDocument(
            new ScoringTable(event.criteria(), event.adjustments(), event.gates()));
    for (Board board : campaign.boards()) {
      Fold fold = batch.fold(BoardFields.COLLECTION, board.boardId());
      if (fold.skipped()) {
        continue;
      }
      fold.versioned()
          .set("campaignId", event.campaignId())
          .set("campaignTitle", event.title())
          .set("phaseId", board.phaseId())
          .set("phaseName", phaseName(event, board.phaseId()))
          .set("startsOn", board.period().startsOn().toString())
          .set("endsOn", board.period().endsOn().toString())
          .set(BoardFields.TABLE, table)
          .set(BoardFields.ROWS, rows(campaign, board));
    }
    batch.flush();
  }

  /** The table applies to its phase and the later ones; the whole campaign takes the latest. */
  void revise(CriteriaRevised event) {
    CampaignEntry campaign = catalog.campaign(event.campaignId());
    if (campaign == null) {
      return;
    }
    Document table =
        ScoringTables.toDocument(
            new ScoringTable(event.criteria(), event.adjustments(), event.gates()));
    for (Board board : campaign.boardsFrom(event.phaseId())) {
      FoldingBatch.current()
          .fold(BoardFields.COLLECTION, board.boardId())
          .versioned()
          .set(BoardFields.TABLE, table);
    }
  }

  private Document rows(CampaignEntry campaign, Board board) {
    Document rows = new Document();
    for (String unitId : campaign.participantUnitIds()) {
      UnitLedger ledger = ledgers.find(unitId).orElse(new UnitLedger(unitId, null));
      rows.append(
          FieldKeys.escape(unitId),
          BoardFields.rowOf(ledger.name(), ledger.rawCountsFor(board.period()), board.period()));
    }
    return rows;
  }

  private static String phaseName(CampaignLaunched event, String phaseId) {
    return event.phases().stream()
        .filter(phase -> phase.phaseId().equals(phaseId))
        .map(Phase::name)
        .findFirst()
        .orElse(null);
  }
}
