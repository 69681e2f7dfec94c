package vn.thidua.query.recognition;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.recognition.Title;
import vn.thidua.query.EmulationYear;
import vn.thidua.query.FilterValues;
import vn.thidua.query.OneOf;
import vn.thidua.query.QueryClient;
import vn.thidua.query.YesOrNo;

/** Nominations, ballots and award decisions; every list filter is optional. */
@RestController
@RequestMapping("/api/recognition")
public class RecognitionController {
  private final QueryClient queries;

  RecognitionController(QueryClient queries) {
    this.queries = queries;
  }

  @GetMapping("/nominations")
  public List<NominationView> nominations(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) @OneOf(Title.class) String title,
      @RequestParam(required = false) @EmulationYear String year) {
    return queries.ask(
        new FindNominations(unitId, title(title), FilterValues.year(year)),
        ResponseTypes.multipleInstancesOf(NominationView.class));
  }

  @GetMapping("/nominations/{nominationId}")
  public NominationView nomination(@PathVariable String nominationId) {
    return queries.ask(
        new FindNomination(nominationId), ResponseTypes.instanceOf(NominationView.class));
  }

  /** Open ballots show only how many have voted; closed ones show the tally. */
  @GetMapping("/ballots")
  public List<BallotView> ballots(
      @RequestParam(required = false) @OneOf(BallotStatus.class) String status,
      @RequestParam(required = false) String nominationId,
      @RequestParam(required = false) @OneOf(Title.class) String title) {
    return queries.ask(
        new FindBallots(
            status == null ? null : BallotStatus.valueOf(status), nominationId, title(title)),
        ResponseTypes.multipleInstancesOf(BallotView.class));
  }

  @GetMapping("/ballots/{ballotId}")
  public BallotView ballot(@PathVariable String ballotId) {
    return queries.ask(new FindBallot(ballotId), ResponseTypes.instanceOf(BallotView.class));
  }

  @GetMapping("/awards")
  public List<AwardView> awards(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) @OneOf(Title.class) String title,
      @RequestParam(required = false) @EmulationYear String year,
      @RequestParam(required = false) @YesOrNo String revoked) {
    return queries.ask(
        new FindAwards(
            unitId, title(title), FilterValues.year(year), FilterValues.yesOrNo(revoked)),
        ResponseTypes.multipleInstancesOf(AwardView.class));
  }

  @GetMapping("/awards/{decisionNumber}")
  public AwardView award(@PathVariable String decisionNumber) {
    return queries.ask(new FindAward(decisionNumber), ResponseTypes.instanceOf(AwardView.class));
  }

  private static Title title(String title) {
    return title == null ? null : Title.valueOf(title);
  }
}
