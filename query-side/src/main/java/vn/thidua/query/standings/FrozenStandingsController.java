package vn.thidua.query.standings;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.QueryClient;

@RestController
public class FrozenStandingsController {
  private final QueryClient queries;

  FrozenStandingsController(QueryClient queries) {
    this.queries = queries;
  }

  /** The campaign's phases, each saying whether its standings are frozen yet. */
  @GetMapping("/api/campaigns/{campaignId}/standings")
  public List<PhaseFreeze> phases(@PathVariable String campaignId) {
    return queries.ask(
        new FindPhaseFreezes(campaignId), ResponseTypes.multipleInstancesOf(PhaseFreeze.class));
  }

  /** The ranked rows of a phase as frozen when it ended; 404 while the phase is still running. */
  @GetMapping("/api/campaigns/{campaignId}/standings/{phaseId}")
  public FrozenStandingsView standings(
      @PathVariable String campaignId, @PathVariable String phaseId) {
    return queries.ask(
        new FindFrozenStandings(campaignId, phaseId),
        ResponseTypes.instanceOf(FrozenStandingsView.class));
  }
}
