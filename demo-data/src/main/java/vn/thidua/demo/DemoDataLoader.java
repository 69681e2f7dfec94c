package vn.thidua.demo;

import java.net.URI;
import vn.thidua.demo.LoadTally.Kind;

/**
 * Loads the Quảng Ninh 2023 campaign of the seed article, every figure of DOMAIN.md's worked
 * example and Cluster IV's 2024 covenant through the public command API, as the demo users would:
 * {@code java -jar demo-data-0.1.0-SNAPSHOT-exec.jar --command-url=http://localhost:8081
 * [--password=thidua-local] [--concurrency=24]}. Running it again is harmless: what is already
 * there answers 409 and is counted as such.
 */
public final class DemoDataLoader {
  private DemoDataLoader() {}

  public static void main(String[] args) throws InterruptedException {
    URI commandUrl = URI.create(option(args, "command-url", "http://localhost:8081"));
    String password = option(args, "password", "thidua-local");
    int concurrency = Integer.parseInt(option(args, "concurrency", "24"));

    DemoPlan plan = DemoPlan.quangNinh2023();
    System.out.printf(
        "Loading %d units, %d cases, their follow-ups, %d court mediations, %d months of virtual"
            + " assistant use, Cluster IV and campaign %s into %s%n",
        plan.units().size(),
        plan.cases().size(),
        plan.courtMediations().size(),
        plan.virtualAssistantUse().size(),
        plan.campaign().campaignId(),
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
        "Done in %.1f s, %d requests (%.0f requests/s)%n",
        seconds, tally.requests(), tally.requests() / seconds);
    for (Kind kind : Kind.values()) {
      System.out.printf(
          "  %-22s %5d (%d new, %d already there)%n",
          kind.name().toLowerCase().replace('_', ' '),
          tally.total(kind),
          tally.created(kind),
          tally.alreadyThere(kind));
    }
    System.out.printf(
        "The figures as loaded (1/10/2022 – 30/9/2023, TAND 2 cấp tỉnh Quảng Ninh):%n%s"
            + "Leaderboard: GET <query side>/api/campaigns/%s/leaderboard%n",
        DemoFigures.of(plan).describe(), plan.campaign().campaignId());
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
