package vn.thidua.benchmark.nationwide;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The nationwide run: how big a year to generate, where its stores live, and how to measure.
 *
 * <p>Arguments (defaults in brackets): {@code --units=700 --cases=600000 --seed=2026
 * --data-dir=benchmark-data/nationwide-<units>-<cases> --reuse-data=false --load-only=false
 * --lanes=2 --chunk-rows=5000 --rate=200 --latency-seconds=30 --baseline-rate=5
 * --baseline-seconds=10 --query-rate=20 --catch-up-seconds=120 --catch-up-timeout-minutes=120
 * --processor=leaderboard --heap-limit-mb=512 --command-jar=… --query-jar=…}.
 */
record NationwideOptions(
    int units,
    int cases,
    long seed,
    Path dataDirectory,
    boolean reuseData,
    boolean loadOnly,
    int lanes,
    int chunkRows,
    int ratePerSecond,
    Duration latencyRun,
    int baselineRatePerSecond,
    Duration baselineRun,
    int queryRatePerSecond,
    Duration catchUpRun,
    Duration catchUpTimeout,
    String processor,
    int heapLimitMb,
    Path commandJar,
    Path queryJar) {

  static NationwideOptions parse(String[] args) {
    int units = Integer.parseInt(option(args, "units", "700"));
    int cases = Integer.parseInt(option(args, "cases", "600000"));
    return new NationwideOptions(
        units,
        cases,
        Long.parseLong(option(args, "seed", "2026")),
        Path.of(option(args, "data-dir", "benchmark-data/nationwide-" + units + "-" + cases)),
        Boolean.parseBoolean(option(args, "reuse-data", "false")),
        Boolean.parseBoolean(option(args, "load-only", "false")),
        Integer.parseInt(option(args, "lanes", "2")),
        Integer.parseInt(option(args, "chunk-rows", "5000")),
        Integer.parseInt(option(args, "rate", "200")),
        Duration.ofSeconds(Long.parseLong(option(args, "latency-seconds", "30"))),
        Integer.parseInt(option(args, "baseline-rate", "5")),
        Duration.ofSeconds(Long.parseLong(option(args, "baseline-seconds", "10"))),
        Integer.parseInt(option(args, "query-rate", "20")),
        Duration.ofSeconds(Long.parseLong(option(args, "catch-up-seconds", "120"))),
        Duration.ofMinutes(Long.parseLong(option(args, "catch-up-timeout-minutes", "120"))),
        option(args, "processor", "leaderboard"),
        Integer.parseInt(option(args, "heap-limit-mb", "512")),
        Path.of(
            option(
                args, "command-jar", "command-side/target/command-side-0.1.0-SNAPSHOT-exec.jar")),
        Path.of(option(args, "query-jar", "query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar")));
  }

  private static String option(String[] args, String name, String fallback) {
    String prefix = "--" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
      if (arg.equals("--" + name)) {
        return "true";
      }
    }
    return fallback;
  }
}
