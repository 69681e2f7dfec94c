package vn.thidua.query.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.UnknownAward;
import vn.thidua.events.recognition.UnknownBallot;
import vn.thidua.events.recognition.UnknownNomination;
import vn.thidua.events.recognition.VoteCast;
import vn.thidua.events.recognition.VoteThreshold;
import vn.thidua.events.recognition.VoterKind;
import vn.thidua.query.ThrowawayMongo;

/** The three recognition read models, fed as their shared processor would, in stream order. */
class RecognitionProjectionsTest {
  private static final Instant AT = Instant.parse("2024-10-15T03:00:00Z");
  private static final StandingsBasis BASIS = new StandingsBasis("QN-2024", "DOT-2");
  private static final Nominee QUANG_NINH = new Nominee("TAND-QN", null, "TAND tỉnh Quảng Ninh");
  private static final Nominee HAI_PHONG = new Nominee("TAND-HP", null, "TAND TP Hải Phòng");
  private static final GateResult ANNULLED_HELD =
      new GateResult(
          Gate.ANNULLED_RATE, true, new BigDecimal("0.58"), new BigDecimal("1.5"), "0.58 ≤ 1.5");
  private static final GateResult ANNULLED_FAILED =
      new GateResult(
          Gate.ANNULLED_RATE,
          false,
          new BigDecimal("2.10"),
          new BigDecimal("1.5"),
          "Tỷ lệ hủy, sửa 2.10 % vượt 1.5 %");
  private static final VoteThreshold TWO_THIRDS = new VoteThreshold(2, 3);
  private static final List<String> CLUSTER = List.of("TAND-QN", "TAND-HP", "TAND-HD");

  private MongoTemplate mongo;
  private NominationProjection nominations;
  private BallotProjection ballots;
  private AwardProjection awards;

  @BeforeEach
  void freshDatabase() {
    mongo = ThrowawayMongo.newDatabase();
    nominations = new NominationProjection(mongo);
    ballots = new BallotProjection(mongo);
    awards = new AwardProjection(mongo);
  }

  @Test
  void aNominationShowsItsEligibilityWithTheReasonsOfFailedGates() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    nominate("DN-2", Title.COURT_EMULATION_FLAG, 2024, HAI_PHONG, ANNULLED_FAILED);

    NominationView eligible = nominations.handle(new FindNomination("DN-1"));
    NominationView ineligible = nominations.handle(new FindNomination("DN-2"));

    assertThat(eligible)
        .isEqualTo(
            new NominationView(
                "DN-1",
                Title.COURT_EMULATION_FLAG,
                2024,
                QUANG_NINH,
                BASIS,
                NominationFacts.NONE,
                NominationStatus.ELIGIBLE,
                true,
                List.of(ANNULLED_HELD),
                List.of(),
                null,
                null,
                null,
                null,
                false,
                AT));
    assertThat(ineligible.status()).isEqualTo(NominationStatus.INELIGIBLE);
    assertThat(ineligible.eligible()).isFalse();
    assertThat(ineligible.failedGateReasons()).containsExactly("Tỷ lệ hủy, sửa 2.10 % vượt 1.5 %");
  }

  @Test
  void whileABallotIsOpenOnlyTheNumberOfVotesCastIsShown() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    open("PB-1", "DN-1");
    ballots.on(new VoteCast("PB-1", "TAND-HP", 1));
    ballots.on(new VoteCast("PB-1", "TAND-HD", 2));
    ballots.on(new VoteCast("PB-1", "TAND-HP", 1));

    BallotView ballot = ballots.handle(new FindBallot("PB-1"));

    assertThat(ballot.status()).isEqualTo(BallotStatus.OPEN);
    assertThat(ballot.votesCast()).isEqualTo(2);
    assertThat(ballot.results()).isEmpty();
    assertThat(ballot.passed()).isNull();
    assertThat(ballot.closedOn()).isNull();
    assertThat(nominations.handle(new FindNomination("DN-1")).status())
        .isEqualTo(NominationStatus.ON_BALLOT);
  }

  /** The read side never learns who voted: not even the ids of those who have voted so far. */
  @Test
  void noVoterOfACastVoteIsStored() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    open("PB-1", "DN-1");
    ballots.on(new VoteCast("PB-1", "TAND-HP", 1));

    Document raw =
        mongo.getCollection("recognition_ballots").find(new Document("_id", "PB-1")).first();

    assertThat(raw.keySet())
        .containsExactlyInAnyOrder(
            "_id", "items", "voterKind", "voters", "closesOn", "openedAt", "votesCast", "closed");
  }

  @Test
  void aClosedBallotShowsTheTallyAndTheNominationsOutcome() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    open("PB-1", "DN-1");
    ballots.on(new VoteCast("PB-1", "TAND-HP", 1));
    ballots.on(new VoteCast("PB-1", "TAND-HD", 2));
    close("PB-1", new BallotResult("DN-1", 2, 0, 0, 3, TWO_THIRDS, true));

    BallotView ballot = ballots.handle(new FindBallot("PB-1"));

    assertThat(ballot.status()).isEqualTo(BallotStatus.CLOSED);
    assertThat(ballot.closedOn()).isEqualTo("2024-11-01");
    assertThat(ballot.results())
        .containsExactly(new BallotResult("DN-1", 2, 0, 0, 3, TWO_THIRDS, true));
    assertThat(ballot.passed()).isTrue();
    assertThat(nominations.handle(new FindNomination("DN-1")))
        .extracting(NominationView::ballotId, NominationView::ballotPassed, NominationView::status)
        .containsExactly("PB-1", true, NominationStatus.BALLOT_PASSED);
  }

  @Test
  void aRedeliveredOpeningDoesNotReopenAClosedBallot() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    open("PB-1", "DN-1");
    close("PB-1", new BallotResult("DN-1", 1, 2, 0, 3, TWO_THIRDS, false));
    ballots.on(opened("PB-1", "DN-1"), AT);

    assertThat(ballots.handle(new FindBallot("PB-1")).status()).isEqualTo(BallotStatus.CLOSED);
  }

  @Test
  void ballotsAreFilteredByStatusNominationAndTitle() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    nominate("DN-2", Title.EXCELLENT_COLLECTIVE, 2024, HAI_PHONG, ANNULLED_HELD);
    open("PB-1", "DN-1");
    close("PB-1", new BallotResult("DN-1", 3, 0, 0, 3, TWO_THIRDS, true));
    ballots.on(
        new BallotOpened(
            "PB-2",
            List.of(new BallotItem("DN-2", Title.EXCELLENT_COLLECTIVE, new VoteThreshold(1, 2))),
            VoterKind.COUNCIL_MEMBERS,
            List.of("uyvien.hd", "uyvien.hd2"),
            LocalDate.parse("2024-12-01")),
        AT);

    assertThat(ballots.handle(new FindBallots(null, null, null)))
        .extracting(BallotView::ballotId)
        .containsExactly("PB-2", "PB-1");
    assertThat(ballots.handle(new FindBallots(BallotStatus.OPEN, null, null)))
        .extracting(BallotView::ballotId)
        .containsExactly("PB-2");
    assertThat(ballots.handle(new FindBallots(null, "DN-1", null)))
        .extracting(BallotView::ballotId)
        .containsExactly("PB-1");
    assertThat(ballots.handle(new FindBallots(null, null, Title.EXCELLENT_COLLECTIVE)))
        .extracting(BallotView::ballotId)
        .containsExactly("PB-2");
  }

  @Test
  void anAwardShowsItsDecisionAndLaterItsRevocation() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    open("PB-1", "DN-1");
    close("PB-1", new BallotResult("DN-1", 3, 0, 0, 3, TWO_THIRDS, true));
    decide("DN-1", "125-QD-TANDTC", Title.COURT_EMULATION_FLAG, QUANG_NINH);
    AwardRevoked revoked =
        new AwardRevoked(
            "DN-1",
            "125-QD-TANDTC",
            Title.COURT_EMULATION_FLAG,
            2024,
            QUANG_NINH,
            RevocationGround.FORGED_DOCUMENTS,
            "Hồ sơ số liệu bị làm sai lệch",
            LocalDate.parse("2025-02-03"));
    awards.on(revoked);
    nominations.on(revoked);
    decide("DN-1", "125-QD-TANDTC", Title.COURT_EMULATION_FLAG, QUANG_NINH);

    AwardView award = awards.handle(new FindAward("125-QD-TANDTC"));

    assertThat(award)
        .isEqualTo(
            new AwardView(
                "125-QD-TANDTC",
                "DN-1",
                Title.COURT_EMULATION_FLAG,
                2024,
                QUANG_NINH,
                LocalDate.parse("2024-11-20"),
                "Nguyễn Văn Bình",
                "TANDTC",
                false,
                "PB-1",
                BASIS,
                List.of(ANNULLED_HELD),
                true,
                new Revocation(
                    RevocationGround.FORGED_DOCUMENTS,
                    "Hồ sơ số liệu bị làm sai lệch",
                    LocalDate.parse("2025-02-03")),
                AT));
    assertThat(nominations.handle(new FindNomination("DN-1")))
        .extracting(NominationView::decisionNumber, NominationView::status)
        .containsExactly("125-QD-TANDTC", NominationStatus.REVOKED);
  }

  @Test
  void nominationsAndAwardsAreFilteredByUnitTitleYearAndRevocation() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    nominate("DN-2", Title.EXCELLENT_COLLECTIVE, 2024, HAI_PHONG, ANNULLED_HELD);
    nominate("DN-3", Title.EXCELLENT_COLLECTIVE, 2025, QUANG_NINH, ANNULLED_HELD);
    decide("DN-1", "125-QD-TANDTC", Title.COURT_EMULATION_FLAG, QUANG_NINH);
    decide("DN-2", "7-QD-TANDTC", Title.EXCELLENT_COLLECTIVE, HAI_PHONG);
    awards.on(
        new AwardRevoked(
            "DN-2",
            "7-QD-TANDTC",
            Title.EXCELLENT_COLLECTIVE,
            2024,
            HAI_PHONG,
            RevocationGround.FRAUD,
            "Gian lận",
            LocalDate.parse("2025-01-05")));

    assertThat(nominations.handle(new FindNominations(null, null, null)))
        .extracting(NominationView::nominationId)
        .containsExactly("DN-3", "DN-1", "DN-2");
    assertThat(nominations.handle(new FindNominations("TAND-QN", null, null)))
        .extracting(NominationView::nominationId)
        .containsExactly("DN-3", "DN-1");
    assertThat(nominations.handle(new FindNominations(null, Title.EXCELLENT_COLLECTIVE, 2024)))
        .extracting(NominationView::nominationId)
        .containsExactly("DN-2");
    assertThat(awards.handle(new FindAwards(null, null, null, false)))
        .extracting(AwardView::decisionNumber)
        .containsExactly("125-QD-TANDTC");
    assertThat(awards.handle(new FindAwards(null, null, null, true)))
        .extracting(AwardView::decisionNumber)
        .containsExactly("7-QD-TANDTC");
    assertThat(awards.handle(new FindAwards("TAND-HP", Title.EXCELLENT_COLLECTIVE, 2024, null)))
        .extracting(AwardView::decisionNumber)
        .containsExactly("7-QD-TANDTC");
    assertThat(awards.handle(new FindAwards("TAND-QN", null, 2025, null))).isEmpty();
  }

  @Test
  void unknownIdsAreNotFound() {
    assertThatThrownBy(() -> nominations.handle(new FindNomination("DN-X")))
        .isInstanceOf(UnknownNomination.class);
    assertThatThrownBy(() -> ballots.handle(new FindBallot("PB-X")))
        .isInstanceOf(UnknownBallot.class);
    assertThatThrownBy(() -> awards.handle(new FindAward("0-QD"))).isInstanceOf(UnknownAward.class);
  }

  @Test
  void aResetEmptiesEveryRecognitionView() {
    nominate("DN-1", Title.COURT_EMULATION_FLAG, 2024, QUANG_NINH, ANNULLED_HELD);
    open("PB-1", "DN-1");
    decide("DN-1", "125-QD-TANDTC", Title.COURT_EMULATION_FLAG, QUANG_NINH);
    nominations.reset();
    ballots.reset();
    awards.reset();

    assertThat(nominations.handle(new FindNominations(null, null, null))).isEmpty();
    assertThat(ballots.handle(new FindBallots(null, null, null))).isEmpty();
    assertThat(awards.handle(new FindAwards(null, null, null, null))).isEmpty();
  }

  private void nominate(String id, Title title, int year, Nominee nominee, GateResult gate) {
    nominations.on(new NominationMade(id, title, year, nominee, BASIS, NominationFacts.NONE), AT);
    nominations.on(new NominationEligibilityAssessed(id, gate.passed(), List.of(gate)));
  }

  private void open(String ballotId, String nominationId) {
    BallotOpened opened = opened(ballotId, nominationId);
    ballots.on(opened, AT);
    nominations.on(opened);
  }

  private static BallotOpened opened(String ballotId, String nominationId) {
    return new BallotOpened(
        ballotId,
        List.of(new BallotItem(nominationId, Title.COURT_EMULATION_FLAG, TWO_THIRDS)),
        VoterKind.CLUSTER_UNITS,
        CLUSTER,
        LocalDate.parse("2024-11-01"));
  }

  private void close(String ballotId, BallotResult result) {
    BallotClosed closed =
        new BallotClosed(
            ballotId,
            LocalDate.parse("2024-11-01"),
            result.voters(),
            result.votesFor() + result.votesAgainst() + result.abstentions(),
            List.of(result),
            result.passed());
    ballots.on(closed);
    nominations.on(closed);
  }

  private void decide(String nominationId, String number, Title title, Nominee nominee) {
    AwardDecided decided =
        new AwardDecided(
            nominationId,
            number,
            title,
            2024,
            nominee,
            LocalDate.parse("2024-11-20"),
            "Nguyễn Văn Bình",
            "TANDTC",
            false,
            "PB-1",
            BASIS,
            List.of(ANNULLED_HELD));
    awards.on(decided, AT);
    nominations.on(decided);
  }
}
