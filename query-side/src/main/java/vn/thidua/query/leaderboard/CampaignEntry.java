package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Phase;

/** What the leaderboards need to know of a campaign: its participants and its boards. */
record CampaignEntry(
    String campaignId, String title, List<String> participantUnitIds, List<Board> boards) {
  static final String COLLECTION = "leaderboard_campaigns";

  static CampaignEntry of(CampaignLaunched campaign) {
    List<Board> boards = new ArrayList<>();
    boards.add(
        new Board(
            Board.idOf(campaign.campaignId(), null),
            null,
            new Period(campaign.startsOn(), campaign.endsOn())));
    for (Phase phase : campaign.phases()) {
      boards.add(
          new Board(
              Board.idOf(campaign.campaignId(), phase.phaseId()),
              phase.phaseId(),
              new Period(phase.startsOn(), phase.endsOn())));
    }
    return new CampaignEntry(
        campaign.campaignId(),
        campaign.title(),
        campaign.participantUnitIds().stream().distinct().toList(),
        List.copyOf(boards));
  }

  /** The boards a revision from {@code phaseId} on changes: that phase, later ones, the whole. */
  List<Board> boardsFrom(String phaseId) {
    List<Board> changed = new ArrayList<>();
    boolean reached = false;
    for (Board board : boards) {
      reached |= phaseId.equals(board.phaseId());
      if (board.phaseId() == null || reached) {
        changed.add(board);
      }
    }
    return reached ? changed : List.of();
  }

  Document toDocument() {
    List<Document> boardDocuments =
        boards.stream()
            .map(
                board ->
                    new Document("boardId", board.boardId())
                        .append("phaseId", board.phaseId())
                        .append("startsOn", board.period().startsOn().toString())
                        .append("endsOn", board.period().endsOn().toString()))
            .toList();
    return new Document("title", title)
        .append("participantUnitIds", participantUnitIds)
        .append("boards", boardDocuments);
  }

  static CampaignEntry fromDocument(Document document) {
    List<Board> boards =
        document.getList("boards", Document.class).stream()
            .map(
                board ->
                    new Board(
                        board.getString("boardId"),
                        board.getString("phaseId"),
                        new Period(
                            LocalDate.parse(board.getString("startsOn")),
                            LocalDate.parse(board.getString("endsOn")))))
            .toList();
    return new CampaignEntry(
        document.getString("_id"),
        document.getString("title"),
        document.getList("participantUnitIds", String.class),
        boards);
  }
}
