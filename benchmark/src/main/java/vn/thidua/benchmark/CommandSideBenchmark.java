package vn.thidua.benchmark;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.RegisterUnit;

/** Part c: AcceptCase commands through the command API over HTTP, closed and open loop. */
final class CommandSideBenchmark {
  static final String CAMPAIGN_ID = "BENCH-2023";
  private static final LocalDate YEAR_STARTS = LocalDate.of(2022, 10, 1);
  private static final LocalDate YEAR_ENDS = LocalDate.of(2023, 9, 30);

  record Figures(ThroughputRun.Result throughput, LatencyRun.Result latency) {}

  private final BenchmarkOptions options;
  private final PrintStream out;

  CommandSideBenchmark(BenchmarkOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  Figures run(ServiceClient api) throws InterruptedException {
    registerCourts(api);
    // launched before the load, so in part d the leaderboard exists early and shows the catch-up
    launchCampaign(api);
    CaseCommands cases = new CaseCommands(api);

    out.printf(
        "  warm-up: %d in flight for %d s%n", options.concurrency(), options.warmup().toSeconds());
    ThroughputRun.run(cases, options.concurrency(), options.warmup());
    ThroughputRun.Result throughput =
        ThroughputRun.run(cases, options.concurrency(), options.throughputRun());
    out.printf(
        "  throughput: %,d accepted, %d refused, %,.0f commands/s%n",
        throughput.accepted(), throughput.refused(), throughput.commandsPerSecond());

    LatencyRun.Result latency =
        LatencyRun.run(cases, options.ratePerSecond(), options.latencyRun());
    out.printf(
        "  latency: %,d sent at %.0f/s, %d refused, p99 %.1f ms%n",
        latency.sent(),
        latency.achievedRate(),
        latency.refused(),
        latency.latencyMicros().getValueAtPercentile(99) / 1000.0);
    cases.firstRefusal().ifPresent(refusal -> out.println("  first refusal: " + refusal));
    return new Figures(throughput, latency);
  }

  private static void registerCourts(ServiceClient api) {
    for (RegisterUnit unit :
        List.of(
            new RegisterUnit("TANDTC", "Tòa án nhân dân tối cao", CourtLevel.SUPREME, null, 0),
            new RegisterUnit(
                "TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, "TANDTC", 28),
            new RegisterUnit(
                CaseCommands.UNIT_ID,
                "TAND thành phố Hạ Long",
                CourtLevel.DISTRICT,
                "TAND-QN",
                15))) {
      api.postExpectingSuccess(DemoUser.ADMIN, "/api/units", unit);
    }
  }

  private static void launchCampaign(ServiceClient api) {
    api.postExpectingSuccess(
        DemoUser.ORGANISER,
        "/api/campaigns",
        new LaunchCampaign(
            CAMPAIGN_ID,
            "TAND-QN",
            "Benchmark campaign",
            "Throughput of the caseload",
            YEAR_STARTS,
            YEAR_ENDS,
            List.of(CaseCommands.UNIT_ID),
            List.of(new Phase("YEAR", "Whole year", null, YEAR_STARTS, YEAR_ENDS)),
            List.of(
                new Criterion(
                    Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90"))),
            "benchmark"));
  }
}
