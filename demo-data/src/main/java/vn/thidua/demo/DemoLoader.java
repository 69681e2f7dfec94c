package vn.thidua.demo;

import java.io.PrintStream;
import java.util.concurrent.CompletionException;
import vn.thidua.demo.LoadTally.Kind;

/**
 * Sends a demo plan to the command API: units (parents first), the cases, then the campaign. The
 * demo campaign's phases ended long ago, so they freeze as soon as it is launched: the caseload
 * must be recorded before, or the frozen standings would be empty.
 */
final class DemoLoader {
  private final CommandApi api;
  private final LoadTally tally;
  private final CaseloadSender cases;
  private final PrintStream out;

  DemoLoader(CommandApi api, LoadTally tally, int concurrency, PrintStream out) {
    this.api = api;
    this.tally = tally;
    this.cases = new CaseloadSender(api, tally, concurrency, out);
    this.out = out;
  }

  void load(DemoPlan plan) throws InterruptedException {
    for (DemoUnit unit : plan.units()) {
      send(Kind.UNITS, DemoUser.ADMIN, "/api/units", unit.registration());
    }
    out.printf(
        "  units: %d registered, %d already there%n",
        tally.created(Kind.UNITS), tally.alreadyThere(Kind.UNITS));
    cases.send(plan.cases());
    send(Kind.CAMPAIGN, DemoUser.ORGANISER, "/api/campaigns", plan.campaign());
    out.printf(
        "  campaign %s: %s%n",
        plan.campaign().campaignId(),
        tally.created(Kind.CAMPAIGN) == 1 ? "launched" : "already there");
  }

  private void send(Kind kind, DemoUser user, String path, Object body) {
    try {
      tally.count(kind, api.post(user, path, body).join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
