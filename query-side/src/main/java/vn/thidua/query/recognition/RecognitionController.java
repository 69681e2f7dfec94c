package vn.thidua.query.recognition;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.VoterKind;
import vn.thidua.query.EmulationYear;
import vn.thidua.query.FilterValues;
import vn.thidua.query.OneOf;
import vn.thidua.query.QueryClient;
import vn.thidua.query.YesOrNo;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;
import vn.thidua.support.table.TableRequest;

/**
 * Nominations, ballots and award decisions as analyst tables. The filters they had before (title,
 * year, unit, status, nomination, revoked) are still checked by their constraints and applied by
 * the read models' queries; the columns sort and filter the rest in memory. JSON pages keep the
 * whole records (gates, basis, tally); the files carry the columns.
 */
@RestController
@RequestMapping("/api/recognition")
public class RecognitionController {
  static final AnalystTable<NominationView> NOMINATIONS =
      AnalystTable.<NominationView>named(
              "de-nghi-khen-thuong", "Đề nghị khen thưởng", "Nominations")
          .text("nominationId", "Mã đề nghị", "Nomination id", NominationView::nominationId)
          .sortable()
          .filterable()
          .text("title", "Danh hiệu", "Title", NominationView::title)
          .sortable()
          .number("emulationYear", "Năm thi đua", "Emulation year", NominationView::emulationYear)
          .sortable()
          .text("nomineeUnitId", "Đơn vị", "Unit", n -> nomineeUnit(n.nominee()))
          .sortable()
          .text("nomineePersonId", "Mã cá nhân", "Person id", n -> personId(n.nominee()))
          .filterable()
          .text(
              "nomineeName",
              "Cá nhân/tập thể được đề nghị",
              "Nominee",
              n -> nomineeName(n.nominee()))
          .sortable()
          .searchable()
          .text("status", "Trạng thái", "Status", NominationView::status)
          .sortable()
          .oneOf(NominationStatus.values())
          .text("eligible", "Đủ điều kiện", "Eligible", NominationView::eligible)
          .filterable()
          .text(
              "failedGateReasons",
              "Lý do không đủ điều kiện",
              "Why not eligible",
              NominationView::failedGateReasons)
          .text("ballotId", "Mã phiên bỏ phiếu", "Ballot id", NominationView::ballotId)
          .filterable()
          .text("ballotPassed", "Bỏ phiếu đạt", "Ballot passed", NominationView::ballotPassed)
          .filterable()
          .text(
              "decisionNumber", "Số quyết định", "Decision number", NominationView::decisionNumber)
          .sortable()
          .filterable()
          .date("decidedOn", "Ngày quyết định", "Decided on", NominationView::decidedOn)
          .sortable()
          .filterable()
          .text("revoked", "Đã thu hồi", "Revoked", NominationView::revoked)
          .filterable()
          .dateTime("nominatedAt", "Thời điểm đề nghị", "Nominated at", NominationView::nominatedAt)
          .sortable()
          .filterable()
          .sourceFilter("unitId")
          .sourceFilter("title")
          .sourceFilter("year")
          .build();

  static final AnalystTable<BallotView> BALLOTS =
      AnalystTable.<BallotView>named("phien-bo-phieu", "Phiên bỏ phiếu", "Ballots")
          .text("ballotId", "Mã phiên bỏ phiếu", "Ballot id", BallotView::ballotId)
          .sortable()
          .filterable()
          .text("status", "Trạng thái", "Status", BallotView::status)
          .sortable()
          .text(
              "nominationIds",
              "Đề nghị được bỏ phiếu",
              "Nominations",
              RecognitionController::nominationIds)
          .text("titles", "Danh hiệu", "Titles", RecognitionController::titles)
          .text("voterKind", "Người bỏ phiếu", "Voters", BallotView::voterKind)
          .sortable()
          .oneOf(VoterKind.values())
          .number("voters", "Số người được bỏ phiếu", "Voters listed", b -> b.voters().size())
          .sortable()
          .number("votesCast", "Số phiếu đã bỏ", "Votes cast", BallotView::votesCast)
          .sortable()
          .dateTime("openedAt", "Thời điểm mở", "Opened at", BallotView::openedAt)
          .sortable()
          .filterable()
          .date("closesOn", "Hạn bỏ phiếu", "Closes on", BallotView::closesOn)
          .sortable()
          .filterable()
          .date("closedOn", "Ngày kết thúc", "Closed on", BallotView::closedOn)
          .sortable()
          .filterable()
          .text("passed", "Kết quả đạt", "Passed", BallotView::passed)
          .filterable()
          .sourceFilter("status")
          .sourceFilter("nominationId")
          .sourceFilter("title")
          .build();

  static final AnalystTable<AwardView> AWARDS =
      AnalystTable.<AwardView>named("quyet-dinh-khen-thuong", "Quyết định khen thưởng", "Awards")
          .text("decisionNumber", "Số quyết định", "Decision number", AwardView::decisionNumber)
          .sortable()
          .filterable()
          .text("nominationId", "Mã đề nghị", "Nomination id", AwardView::nominationId)
          .sortable()
          .filterable()
          .text("title", "Danh hiệu", "Title", AwardView::title)
          .sortable()
          .number("emulationYear", "Năm thi đua", "Emulation year", AwardView::emulationYear)
          .sortable()
          .text("nomineeUnitId", "Đơn vị", "Unit", a -> nomineeUnit(a.nominee()))
          .sortable()
          .text("nomineePersonId", "Mã cá nhân", "Person id", a -> personId(a.nominee()))
          .filterable()
          .text(
              "nomineeName",
              "Cá nhân/tập thể được đề nghị",
              "Nominee",
              a -> nomineeName(a.nominee()))
          .sortable()
          .searchable()
          .date("decidedOn", "Ngày quyết định", "Decided on", AwardView::decidedOn)
          .sortable()
          .filterable()
          .text("signer", "Người ký", "Signed by", AwardView::signer)
          .sortable()
          .searchable()
          .text("deciderUnitId", "Cơ quan quyết định", "Deciding unit", AwardView::deciderUnitId)
          .sortable()
          .filterable()
          .text(
              "decidedExternally",
              "Cấp ngoài ngành quyết định",
              "Decided outside the courts",
              AwardView::decidedExternally)
          .filterable()
          .text("ballotId", "Mã phiên bỏ phiếu", "Ballot id", AwardView::ballotId)
          .filterable()
          .text("revoked", "Đã thu hồi", "Revoked", AwardView::revoked)
          .sortable()
          .text(
              "revocationGround",
              "Căn cứ thu hồi",
              "Revocation ground",
              a -> revocation(a).map(Revocation::ground).orElse(null))
          .text(
              "revocationReason",
              "Lý do thu hồi",
              "Revocation reason",
              a -> revocation(a).map(Revocation::reason).orElse(null))
          .searchable()
          .date(
              "revokedOn",
              "Ngày thu hồi",
              "Revoked on",
              a -> revocation(a).map(Revocation::revokedOn).orElse(null))
          .sortable()
          .filterable()
          .dateTime("recordedAt", "Thời điểm ghi nhận", "Recorded at", AwardView::recordedAt)
          .sortable()
          .sourceFilter("unitId")
          .sourceFilter("title")
          .sourceFilter("year")
          .sourceFilter("revoked")
          .build();

  private final QueryClient queries;
  private final NomineeNames nominees;

  RecognitionController(QueryClient queries, NomineeNames nominees) {
    this.queries = queries;
    this.nominees = nominees;
  }

  /** Nominations, the latest year first. */
  @GetMapping("/nominations")
  @TableEndpoint("NOMINATIONS")
  public ResponseEntity<Object> nominations(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) @OneOf(Title.class) String title,
      @RequestParam(required = false) @EmulationYear String year,
      HttpServletRequest request) {
    TableRequest table = NOMINATIONS.read(request);
    return NOMINATIONS.answer(
        table,
        NOMINATIONS.inMemory(
            queries
                .ask(
                    new FindNominations(unitId, title(title), FilterValues.year(year)),
                    ResponseTypes.multipleInstancesOf(NominationView.class))
                .stream()
                .map(nominees::revealed)
                .toList()));
  }

  @GetMapping("/nominations/{nominationId}")
  public NominationView nomination(@PathVariable String nominationId) {
    return nominees.revealed(
        queries.ask(
            new FindNomination(nominationId), ResponseTypes.instanceOf(NominationView.class)));
  }

  /** Open ballots show only how many have voted; closed ones show the tally. */
  @GetMapping("/ballots")
  @TableEndpoint("BALLOTS")
  public ResponseEntity<Object> ballots(
      @RequestParam(required = false) @OneOf(BallotStatus.class) String status,
      @RequestParam(required = false) String nominationId,
      @RequestParam(required = false) @OneOf(Title.class) String title,
      HttpServletRequest request) {
    TableRequest table = BALLOTS.read(request);
    return BALLOTS.answer(
        table,
        BALLOTS.inMemory(
            queries.ask(
                new FindBallots(
                    status == null ? null : BallotStatus.valueOf(status),
                    nominationId,
                    title(title)),
                ResponseTypes.multipleInstancesOf(BallotView.class))));
  }

  @GetMapping("/ballots/{ballotId}")
  public BallotView ballot(@PathVariable String ballotId) {
    return queries.ask(new FindBallot(ballotId), ResponseTypes.instanceOf(BallotView.class));
  }

  @GetMapping("/awards")
  @TableEndpoint("AWARDS")
  public ResponseEntity<Object> awards(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) @OneOf(Title.class) String title,
      @RequestParam(required = false) @EmulationYear String year,
      @RequestParam(required = false) @YesOrNo String revoked,
      HttpServletRequest request) {
    TableRequest table = AWARDS.read(request);
    return AWARDS.answer(
        table,
        AWARDS.inMemory(
            queries
                .ask(
                    new FindAwards(
                        unitId,
                        title(title),
                        FilterValues.year(year),
                        FilterValues.yesOrNo(revoked)),
                    ResponseTypes.multipleInstancesOf(AwardView.class))
                .stream()
                .map(nominees::revealed)
                .toList()));
  }

  @GetMapping("/awards/{decisionNumber}")
  public AwardView award(@PathVariable String decisionNumber) {
    return nominees.revealed(
        queries.ask(new FindAward(decisionNumber), ResponseTypes.instanceOf(AwardView.class)));
  }

  private static Title title(String title) {
    return title == null ? null : Title.valueOf(title);
  }

  private static String nomineeUnit(Nominee nominee) {
    return nominee == null ? null : nominee.unitId();
  }

  private static String personId(Nominee nominee) {
    return nominee == null ? null : nominee.personId();
  }

  private static String nomineeName(Nominee nominee) {
    return nominee == null ? null : nominee.name();
  }

  private static Optional<Revocation> revocation(AwardView award) {
    return Optional.ofNullable(award.revocation());
  }

  private static List<String> nominationIds(BallotView ballot) {
    return ballot.items().stream().map(BallotItem::nominationId).toList();
  }

  /** Each title voted on once, in ballot order. */
  private static String titles(BallotView ballot) {
    return ballot.items().stream()
        .map(item -> item.title().name())
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
