package vn.thidua.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to measure and for how long; the defaults keep a whole run under five minutes. {@code
 * --durable=false} trades PostgreSQL's durable commits (as in local mode) for the faster settings
 * of the test stores.
 *
 * <p>Arguments: {@code --events=100000 --batch-size=100 --concurrency=24 --warmup-seconds=5
 * --throughput-seconds=20 --rate=200 --latency-seconds=30 --heap-limit-mb=512 --durable=true
 * --command-jar=command-side/target/command-side-0.1.0-SNAPSHOT-exec.jar
 * --query-jar=query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar}.
 */
record BenchmarkOptions(
    int events,
    int batchSize,
    int concurrency,
    Duration warmup,
    Duration throughputRun,
    int ratePerSecond,
    Duration latencyRun,
    int heapLimitMb,
    boolean durable,
    Path commandJar,
    Path queryJar) {

  static BenchmarkOptions parse(String[] args) {
    return new BenchmarkOptions(
        Integer.parseInt(option(args, "events", "100000")),
        Integer.parseInt(option(args, "batch-size", "100")),
        Integer.parseInt(option(args, "concurrency", "24")),
        Duration.ofSeconds(Long.parseLong(option(args, "warmup-seconds", "5"))),
        Duration.ofSeconds(Long.parseLong(option(args, "throughput-seconds", "20"))),
        Integer.parseInt(option(args, "rate", "200")),
        Duration.ofSeconds(Long.parseLong(option(args, "latency-seconds", "30"))),
        Integer.parseInt(option(args, "heap-limit-mb", "512")),
        Boolean.parseBoolean(option(args, "durable", "true")),
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
    }
    return fallback;
  }
}
