package vn.thidua.demo;

import java.net.URI;
import vn.thidua.demo.LoadTally.Kind;

/**
 * Loads the Quảng Ninh 2023 campaign of the seed article through the public command API, as the
 * demo users would: {@code java -jar demo-data-0.1.0-SNAPSHOT-exec.jar
 * --command-url=http://localhost:8081 [--password=thidua-local] [--concurrency=24]}. Running it
 * again is harmless: what is already there answers 409 and is counted as such.
 */
public final class DemoDataLoader {
  private DemoDataLoader() {}

  public static void main(String[] args) throws InterruptedException {
    URI commandUrl = URI.create(option(args, "command-url", "http://localhost:8081"));
    String password = option(args, "password", "thidua-local");
    int concurrency = Integer.parseInt(option(args, "concurrency", "24"));

    DemoPlan plan = DemoPlan.quangNinh2023();
    System.out.printf(
        "Loading %d units, campaign %s, %d cases and %d verdicts into %s%n",
        plan.units().size(),
        plan.campaign().campaignId(),
        plan.cases().size(),
        plan.verdictCount(),
        commandUrl);
    LoadTally tally = new LoadTally();
    long started = System.nanoTime();
    try {
      new DemoLoader(new CommandApi(commandUrl, password), tally, concurrency, System.out)
          .load(plan);
    } catch (UnexpectedAnswer problem) {
      System.err.println("Stopped: " + problem.getMessage());
      System.exit(1);
    }
    printSummary(plan, tally, (System.nanoTime() - started) / 1e9);
  }

  private static void printSummary(DemoPlan plan, LoadTally tally, double seconds) {
    System.out.printf(
        """
        Done in %.1f s, %d requests (%.0f requests/s)
          units     %3d (%d new, %d already there)
          campaign  %s (%s)
          accepted  %d cases (%d new, %d already there)
          resolved  %d cases in %s – %s (%d new, %d already there)
        Leaderboard: GET <query side>/api/campaigns/%s/leaderboard
        """,
        seconds,
        tally.requests(),
        tally.requests() / seconds,
        tally.total(Kind.UNITS),
        tally.created(Kind.UNITS),
        tally.alreadyThere(Kind.UNITS),
        plan.campaign().campaignId(),
        tally.created(Kind.CAMPAIGN) == 1 ? "launched" : "already there",
        tally.total(Kind.ACCEPTANCES),
        tally.created(Kind.ACCEPTANCES),
        tally.alreadyThere(Kind.ACCEPTANCES),
        tally.total(Kind.VERDICTS),
        plan.campaign().startsOn(),
        plan.campaign().endsOn(),
        tally.created(Kind.VERDICTS),
        tally.alreadyThere(Kind.VERDICTS),
        plan.campaign().campaignId());
  }

  private static String option(String[] args, String name, String fallback) {
    String prefix = "--" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return fallback;
  }
}
